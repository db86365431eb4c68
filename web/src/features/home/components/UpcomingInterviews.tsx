import { Link } from "react-router";
import { type Interview, interviewKindLabels } from "../../../../../contract/interviews.ts";
import { debriefPath, needsDebrief } from "../../debriefs/debrief-format.ts";
import { describeInterviewTime } from "../../interviews/interview-time.ts";

/**
 * Interviews as a list: when, what, for which role, and (for upcoming ones) the prep state. An
 * ended one without a debrief offers it, once, quietly: no counts, no streaks.
 */
export function InterviewList({ interviews, showPrep }: { interviews: Interview[]; showPrep?: boolean }) {
  return (
    <ul className="item-list upcoming-list">
      {interviews.map((interview) => {
        const time = describeInterviewTime(interview);
        const goalSet = interview.prep.learningGoal.trim() !== "";
        return (
          <li key={interview.id} className="item">
            <div className="item-main">
              <p className="item-title">
                <Link to={`/interviews/${encodeURIComponent(interview.id)}`}>
                  {interview.roundName}
                  <span className="visually-hidden">
                    {" "}
                    for {interview.roleTitle}
                    {interview.companyName ? ` at ${interview.companyName}` : ""}
                  </span>
                </Link>
                {showPrep ? (
                  <span className={`badge ${goalSet ? "badge-accent" : "badge-used"}`}>
                    {goalSet ? "Learning goal set" : "No learning goal yet"}
                  </span>
                ) : null}
              </p>
              <p className="item-meta">
                {interview.roleTitle}
                {interview.companyName ? ` at ${interview.companyName}` : ""} · {interviewKindLabels[interview.kind]}
              </p>
              <p className="item-meta">
                <time dateTime={interview.startsAt}>{time.local}</time>
              </p>
              {time.viewer ? <p className="item-meta">{time.viewer}</p> : null}
            </div>
            {needsDebrief(interview) ? (
              <Link className="button button-secondary" to={debriefPath(interview.id)}>
                Debrief now<span className="visually-hidden">: {interview.roundName}</span>
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
