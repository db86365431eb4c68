import { wentWellLabels, wentWellScale } from "../../../../../contract/debrief-ratings.ts";
import { type Calibration, calibrationOutcomeLabels, calibrationOutcomes } from "../../../../../contract/direction.ts";
import { formatRate } from "../insights-format.ts";
import { CalibrationChart } from "./CalibrationChart.tsx";
import { CalibrationPatterns, OutcomeSwatch } from "./calibration-patterns.tsx";

type Row = Calibration["rows"][number];
type Rate = Calibration["overall"];

/** Every rating from 1 to 5, in order, with zeros where nothing was rated so. */
function allRatings(rows: Row[]): Row[] {
  const ratings = Array.from({ length: wentWellScale.max - wentWellScale.min + 1 }, (_, i) => wentWellScale.min + i);
  return ratings.map(
    (rating) =>
      rows.find((row) => row.rating === rating) ?? {
        rating,
        advanced: 0,
        rejected: 0,
        noReply: 0,
        withdrew: 0,
        pending: 0,
        total: 0,
      },
  );
}

/** "Very well" → "very well", but "OK" stays "OK". */
const lowerFirst = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());

/** "3 of 5 advanced (60%)", honest about how many it rests on. */
function describeRate(rate: Rate): string {
  if (rate.decided === 0) return "nothing decided yet";
  return `${rate.advanced} of ${rate.decided} advanced (${formatRate(rate.rate)})`;
}

/** How the person's own read of an interview ("how I think it went") lines up with what happened next. */
export function CalibrationSection({ calibration }: { calibration: Calibration }) {
  const rows = allRatings(calibration.rows);
  const rated = rows.reduce((sum, row) => sum + row.total, 0);
  return (
    <section className="card insights-section" aria-labelledby="direction-calibration">
      <h2 id="direction-calibration">What your read of an interview tells you</h2>
      <div className="insights-note">
        <p>
          How you thought each interview went, next to what happened after it. A gap is useful to know, not a failing:
          many decisions turn on things no candidate can see from the room.
        </p>
      </div>
      {rated === 0 ? (
        <p>Once you rate how an interview went in its debrief, this shows how that read compares with what followed.</p>
      ) : (
        <>
          <p className="direction-sentence">
            {calibration.sentence ??
              `${rated} rated ${rated === 1 ? "interview is" : "interviews are"} still open; this fills in as you hear back.`}
          </p>
          <ul className="direction-rates">
            <li>Felt it went well (4–5): {describeRate(calibration.wentWell)}</li>
            <li>Felt it went badly (1–2): {describeRate(calibration.wentBadly)}</li>
            <li>All rated interviews: {describeRate(calibration.overall)}</li>
          </ul>
          <CalibrationPatterns />
          <div className="direction-calibration">
            <div className="insights-chart" aria-hidden="true">
              <CalibrationChart rows={rows} />
              <ul className="direction-legend">
                {calibrationOutcomes.map((outcome) => (
                  <li key={outcome}>
                    <OutcomeSwatch outcome={outcome} />
                    {calibrationOutcomeLabels[outcome]}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <CalibrationTable rows={rows} />
              <p className="direction-scale-note">
                Ratings: {rows.map((row) => `${row.rating} ${lowerFirst(wentWellLabels[row.rating] ?? "")}`).join(", ")}
                .
              </p>
            </div>
          </div>
        </>
      )}
    </section>
  );
}

/** Outcomes down the side, ratings across: seven narrow columns fit a phone. */
function CalibrationTable({ rows }: { rows: Row[] }) {
  return (
    <table className="insights-table direction-calibration-table">
      <caption className="visually-hidden">What happened after interviews, by how you thought they went</caption>
      <thead>
        <tr>
          <th scope="col">What happened</th>
          {rows.map((row) => (
            <th scope="col" key={row.rating}>
              <span className="visually-hidden">Rated </span>
              <abbr title={wentWellLabels[row.rating]}>{row.rating}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {calibrationOutcomes.map((outcome) => (
          <tr key={outcome}>
            <th scope="row">{calibrationOutcomeLabels[outcome]}</th>
            {rows.map((row) => (
              <td key={row.rating}>{row[outcome]}</td>
            ))}
          </tr>
        ))}
        <tr className="direction-total-row">
          <th scope="row">All</th>
          {rows.map((row) => (
            <td key={row.rating}>{row.total}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
