/** What this page will show, for someone who has not tracked anything yet (or nothing in this period). */
export function EmptyInsights({ filtered }: { filtered: boolean }) {
  if (filtered) {
    return (
      <section className="card" aria-labelledby="insights-empty">
        <h2 id="insights-empty">Nothing in this selection</h2>
        <p>
          No applications were sent or added in this period for this kind of role. Try a longer period or all kinds.
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="insights-empty">
      <h2 id="insights-empty">Your insights will appear here</h2>
      <p>
        As you add applications and move them from stage to stage, Debrief keeps each move. From that history this page
        shows:
      </p>
      <ul className="insights-promise">
        <li>how many applications got to screening, interviews and offers, and where the others ended;</li>
        <li>the share that moved on from each stage to the next;</li>
        <li>how long applications usually spend in each stage;</li>
        <li>which sources (referrals, job boards, recruiters…) bring replies;</li>
        <li>how many applications you send each week.</li>
      </ul>
      <p>Every number comes with how many applications it is based on, so a handful is never mistaken for a pattern.</p>
    </section>
  );
}
