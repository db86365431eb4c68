import { Link, useNavigate, useParams } from "react-router";
import type { Debrief } from "../../../../contract/debriefs.ts";
import type { Interview } from "../../../../contract/interviews.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { useCurrentUser } from "../auth/queries.ts";
import { useInterview } from "../interviews/interview-queries.ts";
import { describeInterviewTime } from "../interviews/interview-time.ts";
import { DebriefForm } from "./components/DebriefForm.tsx";
import { draftFromDebrief } from "./debrief-draft.ts";
import { useDebrief } from "./debrief-queries.ts";
import { useDebriefDraft } from "./use-debrief-draft.ts";
import "../../ui/markdown-field.css";
import "./debrief-form.css";

/** /interviews/:id/debrief — how the interview felt, in under a minute; editable later. */
export function DebriefPage() {
  const { id = "" } = useParams();
  const interview = useInterview(id);
  const exists = interview.data?.debrief != null;
  const debrief = useDebrief(id, exists);

  if (interview.isPending || interview.isError) {
    return <RecordUnavailable error={interview.error} title="Debrief" loadingText="Loading the interview…" />;
  }
  if (exists && (debrief.isPending || debrief.isError)) {
    return <RecordUnavailable error={debrief.error} title="Debrief" loadingText="Loading your debrief…" />;
  }
  // Keyed by interview: another interview starts its own form and draft.
  return <DebriefView key={interview.data.id} interview={interview.data} debrief={debrief.data ?? null} />;
}

function DebriefView({ interview, debrief }: { interview: Interview; debrief: Debrief | null }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { draft, update, restored, discard, forget } = useDebriefDraft(
    user.id,
    interview.id,
    draftFromDebrief(debrief),
  );
  const interviewPath = `/interviews/${encodeURIComponent(interview.id)}`;
  const time = describeInterviewTime(interview);
  const notStarted = Date.parse(interview.startsAt) > Date.now();

  return (
    <div className="page debrief-page">
      <p className="breadcrumb">
        <Link to={interviewPath}>{interview.roundName}</Link>
      </p>
      <PageTitle documentTitle={`Debrief · ${interview.roundName}`}>How did it go?</PageTitle>
      <p className="debrief-about">
        <strong>{interview.roundName}</strong> · {interview.roleTitle}
        {interview.companyName ? ` at ${interview.companyName}` : ""}
        <br />
        <time dateTime={interview.startsAt}>{time.local}</time>
      </p>
      <p className="debrief-intro">
        {debrief ? (
          <>First written {formatDateTime(debrief.createdAt)}. Change anything; that date stays.</>
        ) : (
          <>One rating is enough; everything else is optional.</>
        )}
      </p>
      {notStarted ? (
        <p className="callout">This interview hasn't started yet. You can save its debrief once it has begun.</p>
      ) : null}
      {restored ? (
        <div className="callout debrief-restored">
          <p>Here is what you picked last time. It was kept in this browser and isn't saved yet.</p>
          <button type="button" className="button button-secondary button-small" onClick={discard}>
            {debrief ? "Go back to the saved debrief" : "Start over"}
          </button>
        </div>
      ) : null}
      <DebriefForm
        interviewId={interview.id}
        draft={draft}
        update={update}
        learningGoal={interview.prep.learningGoal}
        interviewPath={interviewPath}
        onSaved={() => {
          forget();
          navigate(interviewPath, { state: { debriefSaved: true } });
        }}
      />
    </div>
  );
}
