import { type ReactNode, useRef } from "react";
import { Link } from "react-router";
import { type DebriefSummary, flowLabels } from "../../../../../contract/debrief-ratings.ts";
import type { Interview } from "../../../../../contract/interviews.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { DeleteWithConfirmation } from "../../../ui/DeleteWithConfirmation.tsx";
import { DebriefShareButton } from "../../circle/DebriefShareButton.tsx";
import {
  debriefPath,
  energyText,
  engagementText,
  feelingsText,
  needsDebrief,
  wentWellText,
} from "../debrief-format.ts";
import { useDeleteDebrief } from "../debrief-queries.ts";
import "../debrief-summaries.css";

/**
 * The interview page's debrief part: an invitation once the interview has ended, the summary
 * once it is written, nothing before. The invitation is one line and asks nothing more.
 */
export function InterviewDebrief({ interview }: { interview: Interview }) {
  // After a delete the summary (and the focused button) disappears: focus goes to the invitation.
  // (Remembered here, not in the delete's callback: that one never runs once its button is gone.)
  const focusInvitation = useRef(false);
  if (interview.debrief) focusInvitation.current = true;
  if (needsDebrief(interview)) {
    return (
      <p className="callout debrief-now">
        How did it go? A debrief takes under a minute.{" "}
        <Link
          to={debriefPath(interview.id)}
          ref={(link) => {
            if (link && focusInvitation.current) {
              focusInvitation.current = false;
              link.focus();
            }
          }}
        >
          Debrief now
        </Link>
      </p>
    );
  }
  if (!interview.debrief) return null;
  return (
    <section className="card debrief-summary-card" aria-labelledby="interview-debrief">
      <h2 id="interview-debrief">Debrief</h2>
      <DebriefSummaryList summary={interview.debrief} />
      <p className="debrief-written">First written {formatDate(interview.debrief.createdAt)}.</p>
      <DebriefShareButton interviewId={interview.id} title={`Debrief: ${interview.roundName}`} />
      <div className="button-row">
        <Link className="button button-secondary" to={debriefPath(interview.id)}>
          Edit debrief
        </Link>
        <DeleteDebrief interview={interview} />
      </div>
    </section>
  );
}

/** The ratings and words of one debrief, as short labelled lines. */
export function DebriefSummaryList({ summary }: { summary: DebriefSummary }) {
  const words = feelingsText(summary.feelings, summary.ownFeelings);
  return (
    <dl className="debrief-summary">
      {summary.energy !== null ? <Line term="Energy">{energyText(summary.energy)}</Line> : null}
      {summary.engagement !== null ? <Line term="Engagement">{engagementText(summary.engagement)}</Line> : null}
      {summary.wentWell !== null ? <Line term="How it went">{wentWellText(summary.wentWell)}</Line> : null}
      {summary.flow !== null ? <Line term="Flow">{flowLabels[summary.flow]}</Line> : null}
      {words.length ? (
        <Line term="Feelings">
          <ul className="tag-list debrief-words">
            {words.map((word) => (
              <li key={word}>{word}</li>
            ))}
          </ul>
        </Line>
      ) : null}
    </dl>
  );
}

function Line({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="debrief-summary-line">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function DeleteDebrief({ interview }: { interview: Interview }) {
  const remove = useDeleteDebrief(interview.id);
  return (
    <DeleteWithConfirmation
      label="Delete debrief"
      title={`Delete the debrief of “${interview.roundName}”?`}
      remove={remove}
      onDeleted={() => {}}
    >
      <p>
        The ratings, feeling words and notes of this debrief are deleted; the interview stays. This can't be undone.
      </p>
    </DeleteWithConfirmation>
  );
}
