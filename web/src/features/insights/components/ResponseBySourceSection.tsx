import type { Funnel } from "../../../../../contract/insights.ts";
import { formatRate, isSmallSample } from "../insights-format.ts";
import { HorizontalBarChart } from "./HorizontalBarChart.tsx";
import { InsightsSection, NumbersTable } from "./InsightsSection.tsx";

/** The chart shows the biggest sources; the table lists them all. */
const chartedSources = 8;
const sourceName = (source: string | null) => source ?? "Not recorded";

/** Which sources get replies: the share of applications that heard anything back. */
export function ResponseBySourceSection({ funnel }: { funnel: Funnel }) {
  const rows = funnel.responseBySource;
  return (
    <InsightsSection
      title="Replies by source"
      note={
        <p>
          Of the applications you sent, the share that got any reply: a screening or later stage, or a rejection. No
          answer yet, ghosted and withdrawn count as no reply. Silence is common; this is about where your effort pays,
          not about you.
        </p>
      }
      chart={
        rows.length ? (
          <HorizontalBarChart
            max={1}
            labelWidth={120}
            data={rows.slice(0, chartedSources).map((row) => ({
              label: sourceName(row.source),
              value: row.rate ?? 0,
              valueLabel: formatRate(row.rate),
            }))}
          />
        ) : null
      }
      numbers={
        rows.length ? (
          <NumbersTable caption="Response rate by source">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Replies</th>
                <th scope="col">Rate</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.source ?? ""}>
                  <th scope="row">{sourceName(row.source)}</th>
                  <td>
                    {row.replied} of {row.applied}
                  </td>
                  <td>
                    {formatRate(row.rate)}
                    {isSmallSample(row.applied) ? <span className="insights-small"> small sample</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </NumbersTable>
        ) : (
          <p>No applications have been sent in this period yet.</p>
        )
      }
    />
  );
}
