import { Link } from "react-router";
import { type Interview, interviewFormatLabels, interviewKindLabels } from "../../../../../contract/interviews.ts";
import { describeInterviewTime } from "../../interviews/interview-time.ts";

/** The application's interviews, soonest first, each linking to its page (prep lives there). */
export function ApplicationInterviews({
  applicationId,
  interviews,
}: {
  applicationId: string;
  interviews: Interview[];
}) {
  const now = Date.now();
  const sorted = [...interviews].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <>
      {sorted.length === 0 ? <p className="quiet-text">No interviews scheduled yet.</p> : null}
      <ul className="item-list interview-list">
        {sorted.map((interview) => {
          const time = describeInterviewTime(interview);
          const past = Date.parse(interview.endsAt) < now;
          return (
            <li key={interview.id} className="item">
              <div className="item-main">
                <p className="item-title">
                  <Link to={`/interviews/${encodeURIComponent(interview.id)}`}>{interview.roundName}</Link>
                  {past ? <span className="badge badge-used">Done</span> : null}
                </p>
                <p className="item-meta">
                  {interviewKindLabels[interview.kind]} · {interviewFormatLabels[interview.format]}
                </p>
                <p className="item-meta">{time.local}</p>
                {time.viewer ? <p className="item-meta">{time.viewer}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <Link
          className="button button-primary"
          to={`/applications/${encodeURIComponent(applicationId)}/interviews/new`}
        >
          Schedule interview
        </Link>
      </div>
    </>
  );
}
