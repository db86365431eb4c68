import type { DirectionInsights } from "../../../../../contract/direction.ts";

/** The method in plain words, with the numbers the server used, so nothing on the page has to be taken on trust. */
export function DirectionMethod({ method }: { method: DirectionInsights["method"] }) {
  const level = Math.round(method.intervalLevel * 100);
  return (
    <details className="card insights-rules">
      <summary>How these numbers are worked out</summary>
      <ul>
        <li>
          A group’s estimate is its average pulled toward your overall average, as if it also held {method.priorWeight}{" "}
          debriefs at your average — so one great (or rough) interview moves a group only a little, and the pull fades
          as the group grows.
        </li>
        <li>
          The interval is the range the estimate most likely lies in ({level}%). It uses the spread of all your ratings,
          and narrows as a group gains debriefs.
        </li>
        <li>
          Groups with fewer than {method.minGroupSize} debriefs are shown, marked “too few to say”, and never make a
          finding.
        </li>
        <li>
          A finding is a group whose whole interval sits above or below your average: a difference your debriefs
          support, not just a high number.
        </li>
        <li>
          What happened next: “advanced” when the same application had a later interview or reached an offer; “rejected”
          or “no reply” when it ended so with no later interview; “still open” otherwise. The shares leave out open ones
          and those you withdrew from.
        </li>
      </ul>
    </details>
  );
}
