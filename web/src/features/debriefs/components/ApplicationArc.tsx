import { Fragment, lazy, Suspense } from "react";
import { Link } from "react-router";
import type { DebriefSummary } from "../../../../../contract/debrief-ratings.ts";
import type { Interview } from "../../../../../contract/interviews.ts";
import { energyText, engagementText, feelingsText, wentWellText } from "../debrief-format.ts";
import type { ArcPoint } from "./ArcChart.tsx";
import "../debrief-summaries.css";

// The charting library is loaded only when an application has a debrief to draw.
const ArcChart = lazy(async () => ({ default: (await import("./ArcChart.tsx")).ArcChart }));

type Debriefed = Interview & { debrief: DebriefSummary };

const shortDay = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" });
const longDay = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });

/** One plain sentence on how energy moved from the first debriefed interview to the last. */
function arcSentence(debriefed: Debriefed[]): string {
  const withEnergy = debriefed.filter((interview) => interview.debrief.energy !== null);
  const count = `${debriefed.length} debriefed ${debriefed.length === 1 ? "interview" : "interviews"}`;
  const first = withEnergy[0];
  const last = withEnergy.at(-1);
  if (!first || !last || first === last) return `${count} so far.`;
  return `${count}. Energy went from ${energyText(first.debrief.energy ?? 0)} after “${first.roundName}” to ${energyText(last.debrief.energy ?? 0)} after “${last.roundName}”.`;
}

/**
 * "The arc": how each debriefed interview of this application felt, in time order. The chart is
 * a picture of the list below it; the list is the content. Nothing shows before a first debrief.
 */
export function ApplicationArc({ interviews }: { interviews: Interview[] }) {
  const debriefed = interviews
    .filter((interview): interview is Debriefed => interview.debrief !== null)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (!debriefed.length) return null;

  const points: ArcPoint[] = debriefed.map((interview) => ({
    key: interview.id,
    tick: shortDay.format(new Date(interview.startsAt)),
    energy: interview.debrief.energy,
    engagement: interview.debrief.engagement,
  }));
  const charted = points.some((point) => point.energy !== null || point.engagement !== null);

  return (
    <section className="card arc" aria-labelledby="application-arc">
      <h2 id="application-arc">The arc</h2>
      <p className="arc-sentence">{arcSentence(debriefed)}</p>
      {charted ? (
        <div className="arc-chart" aria-hidden="true">
          <ul className="arc-legend">
            <li className="arc-legend-energy">Energy (left, −3 to +3)</li>
            <li className="arc-legend-engagement">Engagement (right, 1 to 5)</li>
          </ul>
          <Suspense fallback={<div className="arc-chart-placeholder" />}>
            <ArcChart points={points} />
          </Suspense>
        </div>
      ) : null}
      <ol className="arc-list">
        {debriefed.map((interview) => {
          const { debrief } = interview;
          const words = feelingsText(debrief.feelings, debrief.ownFeelings);
          const ratings = [
            debrief.energy !== null ? `Energy: ${energyText(debrief.energy)}` : null,
            debrief.engagement !== null ? `Engagement: ${engagementText(debrief.engagement)}` : null,
            debrief.wentWell !== null ? `How it went: ${wentWellText(debrief.wentWell)}` : null,
          ].filter((rating): rating is string => rating !== null);
          return (
            <li key={interview.id} className="arc-item">
              <p className="arc-item-title">
                <Link to={`/interviews/${encodeURIComponent(interview.id)}`}>{interview.roundName}</Link>{" "}
                <time dateTime={interview.startsAt}>{longDay.format(new Date(interview.startsAt))}</time>
              </p>
              <p className="arc-item-ratings">
                {ratings.map((rating, index) => (
                  // Each rating stays on one line; lines break between them.
                  <Fragment key={rating}>
                    {index ? " · " : null}
                    <span>{rating}</span>
                  </Fragment>
                ))}
              </p>
              {words.length ? <p className="arc-item-words">Felt: {words.join(", ")}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
