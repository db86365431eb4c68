import type { DirectionInsights } from "../../../../../contract/direction.ts";
import { countDebriefs, formatRating } from "./direction-format.ts";

/** Past this many debriefs, "a few more" would be a promise the data may not keep. */
const manyDebriefs = 20;

/** The plain-language findings, with the averages they are measured against. */
export function DirectionFindings({ insights }: { insights: DirectionInsights }) {
  const { debriefCount, findings, overall } = insights;
  return (
    <section className="card direction-findings" aria-labelledby="direction-findings">
      <h2 id="direction-findings">What stands out</h2>
      {findings.length ? (
        <ul className="direction-finding-list">
          {findings.map((finding) => (
            <li key={`${finding.dimension}:${finding.key}:${finding.metric}`} data-direction={finding.direction}>
              {finding.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="direction-nothing">
          {debriefCount < manyDebriefs
            ? `Nothing stands out yet — ${countDebriefs(debriefCount)} so far; patterns show after a few more.`
            : `Nothing stands out yet — across ${countDebriefs(debriefCount)}, no kind of interview differs clearly from your average.`}
        </p>
      )}
      <p className="direction-baseline">
        Measured against your averages over {countDebriefs(debriefCount)}: energy{" "}
        <strong>{formatRating("energy", overall.energy.mean)}</strong> ({overall.energy.n} rated, from −3 drained to +3
        energized) and engagement <strong>{formatRating("engagement", overall.engagement.mean)}</strong> (
        {overall.engagement.n} rated, from 1 bored to 5 absorbed).
      </p>
    </section>
  );
}
