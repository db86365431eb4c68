import type { DirectionInsights } from "../../../../../contract/direction.ts";
import { formatWeek } from "../insights-format.ts";
import { formatRating } from "./direction-format.ts";
import { TrendChart } from "./TrendChart.tsx";

type Trend = DirectionInsights["trend"];

/** Past this many weeks the week-by-week numbers start folded, so they don't push the page down. */
const openWeeks = 8;

/** Energy and engagement week by week, two small charts on their own scales, and the numbers behind them. */
export function TrendSection({ trend, overall }: { trend: Trend; overall: DirectionInsights["overall"] }) {
  return (
    <section className="card insights-section" aria-labelledby="direction-trend">
      <h2 id="direction-trend">Over time</h2>
      <div className="insights-note">
        <p>
          The average of each week’s debriefs (weeks start on Monday; weeks without a debrief are left out). The dashed
          line is your overall average. A week with one or two debriefs swings easily.
        </p>
      </div>
      {trend.length < 2 ? (
        <p>The line appears once you have debriefs in two different weeks.</p>
      ) : (
        <div className="direction-trend-charts" aria-hidden="true">
          <figure>
            <figcaption>Energy</figcaption>
            <TrendChart trend={trend} metric="energy" average={overall.energy.mean} />
          </figure>
          <figure>
            <figcaption>Engagement</figcaption>
            <TrendChart trend={trend} metric="engagement" average={overall.engagement.mean} />
          </figure>
        </div>
      )}
      {trend.length ? <TrendNumbers trend={trend} /> : null}
    </section>
  );
}

/** The weeks as a table, newest first; folded when long. */
function TrendNumbers({ trend }: { trend: Trend }) {
  const spansYears = trend[0]?.weekStart.slice(0, 4) !== trend.at(-1)?.weekStart.slice(0, 4);
  return (
    <details className="direction-trend-numbers" open={trend.length <= openWeeks}>
      <summary>
        The numbers, week by week ({trend.length} {trend.length === 1 ? "week" : "weeks"})
      </summary>
      <table className="insights-table direction-trend-table">
        <caption className="visually-hidden">Energy and engagement by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Debriefs</th>
            <th scope="col">Energy</th>
            <th scope="col">Engagement</th>
          </tr>
        </thead>
        <tbody>
          {[...trend].reverse().map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatWeek(week.weekStart, spansYears)}</th>
              <td>{week.n}</td>
              <td>{formatRating("energy", week.energyMean)}</td>
              <td>{formatRating("engagement", week.engagementMean)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
