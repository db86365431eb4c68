import { Link } from "react-router";

/** The page before the first debrief: what a debrief is, and what this page will show once there are some. */
export function NoDebriefsYet() {
  return (
    <section className="card" aria-labelledby="direction-empty">
      <h2 id="direction-empty">No debriefs yet</h2>
      <p>
        A debrief is a minute right after an interview: how it left you (drained or energized), how absorbed you were,
        how you think it went, and a few words for how you feel. Everything else is optional.
      </p>
      <p>After a few debriefs, this page shows:</p>
      <ul className="insights-promise">
        <li>which kinds of roles, companies and interviews leave you energized, and which leave you flat;</li>
        <li>how your own sense of how an interview went compares with what happened next;</li>
        <li>how your energy moves from week to week.</li>
      </ul>
      <p>
        When an interview has ended, <Link to="/">Today</Link> shows “Debrief now” beside it.
      </p>
    </section>
  );
}
