import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { Funnel } from "../../../../../contract/insights.ts";
import { formatWeek } from "../insights-format.ts";
import { chartText } from "./HorizontalBarChart.tsx";
import { InsightsSection, NumbersTable } from "./InsightsSection.tsx";

/** How many applications went out each week (by applied date, weeks starting on Monday). */
export function WeeklySection({ funnel }: { funnel: Funnel }) {
  const weeks = funnel.weekly;
  const total = weeks.reduce((sum, week) => sum + week.applied, 0);
  const busiest = weeks.reduce<(typeof weeks)[number] | null>(
    (best, week) => (week.applied > (best?.applied ?? 0) ? week : best),
    null,
  );
  const spansYears = weeks.length > 0 && weeks[0]?.weekStart.slice(0, 4) !== weeks.at(-1)?.weekStart.slice(0, 4);
  const data = weeks.map((week) => ({ ...week, label: formatWeek(week.weekStart, spansYears) }));
  return (
    <InsightsSection
      title="Applications per week"
      note={
        weeks.length ? (
          <p>
            {total} sent over {weeks.length} {weeks.length === 1 ? "week" : "weeks"}, about{" "}
            {(total / weeks.length).toLocaleString(undefined, { maximumFractionDigits: 1 })} a week
            {busiest
              ? `; the most in one week was ${busiest.applied} (week of ${formatWeek(busiest.weekStart, true)})`
              : ""}
            .
          </p>
        ) : (
          <p>Weeks appear here once an application has an applied date.</p>
        )
      }
      chart={
        weeks.length ? (
          <BarChart
            className="insights-svg"
            data={data}
            responsive
            style={{ width: "100%", height: 220 }}
            margin={{ top: 8, right: 8, bottom: 4, left: -16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke="var(--color-border)" />
            <XAxis
              dataKey="label"
              tickLine={false}
              minTickGap={16}
              tick={chartText}
              stroke="var(--color-border-strong)"
            />
            <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={40} tick={chartText} />
            <Tooltip
              cursor={{ fill: "var(--color-accent-soft)" }}
              contentStyle={{
                background: "var(--color-surface)",
                border: "1px solid var(--color-border-strong)",
                borderRadius: "var(--radius-small)",
                color: "var(--color-text)",
              }}
              formatter={(value) => [String(value), "Applied"]}
            />
            <Bar dataKey="applied" className="insights-bar" isAnimationActive={false} radius={[3, 3, 0, 0]} />
          </BarChart>
        ) : null
      }
      numbers={
        weeks.length ? (
          <NumbersTable caption="Applications per week" scroll>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Applied</th>
              </tr>
            </thead>
            <tbody>
              {[...weeks].reverse().map((week) => (
                <tr key={week.weekStart}>
                  <th scope="row">{formatWeek(week.weekStart, true)}</th>
                  <td>{week.applied}</td>
                </tr>
              ))}
            </tbody>
          </NumbersTable>
        ) : null
      }
    />
  );
}
