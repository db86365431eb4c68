import type { BalanceWeek } from "../../../../../contract/wellbeing.ts";
import { useDismissWeek } from "../wellbeing-queries.ts";
import "../wellbeing.css";

/** Minutes as people say them: "40 min", "2 h", "2 h 15 min". */
export const hours = (minutes: number) =>
  minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;

/** The job-search share as a whole percentage; null when nothing was counted. */
export const jobSearchPercent = (week: BalanceWeek | undefined) =>
  !week || week.jobSearchShare === null ? null : Math.round(week.jobSearchShare * 100);

/** The week's split as a bar (decorative: the numbers beside it carry the meaning). */
export function BalanceBar({ jobPercent, small }: { jobPercent: number; small?: boolean }) {
  return (
    <div className={`balance-bar${small ? " balance-bar-small" : ""}`} aria-hidden="true">
      <span className="balance-job" style={{ width: `${jobPercent}%` }} />
      <span className="balance-rest" style={{ width: `${100 - jobPercent}%` }} />
    </div>
  );
}

/** The gentle note for a week that was nearly all job search, which the user can set aside. */
export function BalanceNote({ week }: { week: BalanceWeek }) {
  const dismiss = useDismissWeek();
  if (!week.note) return null;
  return (
    <div className="balance-note">
      <p>{week.note}</p>
      <button type="button" className="button button-secondary" onClick={() => dismiss.mutate(week.weekStart)}>
        Hide for this week
      </button>
    </div>
  );
}
