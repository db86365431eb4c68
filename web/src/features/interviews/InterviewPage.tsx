import { useEffect, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { type Interview, interviewFormatLabels, interviewKindLabels } from "../../../../contract/interviews.ts";
import { DeleteWithConfirmation } from "../../ui/DeleteWithConfirmation.tsx";
import { DetailRow } from "../../ui/DetailRow.tsx";
import { EditableDetails } from "../../ui/EditableDetails.tsx";
import { Markdown } from "../../ui/Markdown.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { ExternalLink } from "../applications/components/ExternalLink.tsx";
import { useCurrentUser } from "../auth/queries.ts";
import { InterviewDebrief } from "../debriefs/components/InterviewDebrief.tsx";
import { ThankYouLinks } from "../messages/components/ThankYouLinks.tsx";
import { InterviewEditForm } from "./components/InterviewEditForm.tsx";
import { PrepFields } from "./components/PrepFields.tsx";
import { SaveStatus } from "./components/SaveStatus.tsx";
import { interviewIcsPath, useDeleteInterview, useInterview } from "./interview-queries.ts";
import { describeInterviewTime } from "./interview-time.ts";
import { usePrepAutosave } from "./use-prep-autosave.ts";
import "../applications/application-page.css";
import "./interviews.css";

/** /interviews/:id — when and where, who you'll meet, and the prep that saves as you type. */
export function InterviewPage() {
  const { id = "" } = useParams();
  const interview = useInterview(id);

  if (interview.isPending || interview.isError) {
    return <RecordUnavailable error={interview.error} title="Interview" loadingText="Loading the interview…" />;
  }
  // Keyed by id: moving to another interview starts its own prep state.
  return <InterviewView key={interview.data.id} interview={interview.data} />;
}

function InterviewView({ interview }: { interview: Interview }) {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [arrival] = useState(() => {
    const state = location.state as { scheduled?: boolean; debriefSaved?: boolean } | null;
    return { scheduled: state?.scheduled === true, debriefSaved: state?.debriefSaved === true };
  });
  const { scheduled, debriefSaved } = arrival;
  // Said once: a reload of this page shouldn't announce the scheduling (or the saved debrief) again.
  useEffect(() => {
    if (scheduled || debriefSaved) navigate(".", { replace: true, state: null });
  }, [scheduled, debriefSaved, navigate]);
  const autosave = usePrepAutosave(interview, user.id);
  const time = describeInterviewTime(interview);
  const applicationPath = `/applications/${encodeURIComponent(interview.applicationId)}`;
  const company = interview.companyName;

  return (
    <div className="page interview-page">
      <p className="breadcrumb">
        <Link to={applicationPath}>
          {interview.roleTitle}
          {company ? ` at ${company}` : ""}
        </Link>
      </p>
      <PageTitle documentTitle={`${interview.roundName} · ${interview.roleTitle}`}>{interview.roundName}</PageTitle>
      <p className="lead">
        {interviewKindLabels[interview.kind]} · {interviewFormatLabels[interview.format]} · {interview.roleTitle}
        {company ? ` at ${company}` : ""}
      </p>
      <StatusMessage
        message={scheduled ? "Interview scheduled. Your prep is saved." : debriefSaved ? "Debrief saved." : null}
      />
      <InterviewDebrief interview={interview} />

      <section className="card interview-facts" aria-labelledby="interview-when">
        <h2 id="interview-when" className="visually-hidden">
          When, where and who
        </h2>
        <dl className="detail-list">
          <DetailRow label="When">
            <time dateTime={interview.startsAt}>{time.local}</time>
            {time.viewer ? <span className="time-viewer">{time.viewer}</span> : null}
          </DetailRow>
          <DetailRow label="Where" empty="Not noted yet">
            {interview.location ? <ExternalLink href={interview.location}>{interview.location}</ExternalLink> : null}
          </DetailRow>
          <DetailRow label="With" empty="No interviewers added">
            {interview.interviewers.length
              ? interview.interviewers
                  .map((person) => (person.roleTitle ? `${person.name} (${person.roleTitle})` : person.name))
                  .join(", ")
              : null}
          </DetailRow>
        </dl>
        <ThankYouLinks interview={interview} />
        <p className="ics-link">
          <a href={interviewIcsPath(interview.id)} download>
            Download .ics
          </a>{" "}
          <span className="field-hint">to add it to your calendar.</span>
        </p>
      </section>

      <section className="card prep-card" aria-labelledby="interview-prep">
        <div className="prep-head">
          <h2 id="interview-prep">Prep</h2>
          <SaveStatus status={autosave.status} savedAt={autosave.savedAt} problem={autosave.problem} />
        </div>
        {autosave.restored ? (
          <p className="callout">
            Some of what you wrote last time hadn't reached the server yet. It's back here, and saving now.
          </p>
        ) : null}
        <p className="field-hint">Markdown works here: **bold**, - lists, [links](https://…).</p>
        <PrepFields prep={autosave.prep} onChange={autosave.update} startWithPreview />
      </section>

      <section className="card" aria-labelledby="interview-details">
        <h2 id="interview-details">Details</h2>
        <InterviewDetailsSection interview={interview} />
      </section>

      <section className="card danger-zone" aria-labelledby="interview-delete">
        <h2 id="interview-delete">Delete</h2>
        <p>Deleting removes the interview and its prep.</p>
        <DeleteInterview interview={interview} applicationPath={applicationPath} />
      </section>
    </div>
  );
}

function InterviewDetailsSection({ interview }: { interview: Interview }) {
  return (
    <EditableDetails
      editLabel="Edit time, place and people"
      savedMessage="Interview details saved."
      renderForm={(done) => <InterviewEditForm interview={interview} onDone={done} />}
    >
      <h3 className="subheading subheading-first">Notes</h3>
      <Markdown source={interview.notes} empty="No notes." />
    </EditableDetails>
  );
}

function DeleteInterview({ interview, applicationPath }: { interview: Interview; applicationPath: string }) {
  const remove = useDeleteInterview(interview.id);
  const navigate = useNavigate();
  return (
    <DeleteWithConfirmation
      label="Delete interview"
      title={`Delete “${interview.roundName}”?`}
      remove={remove}
      onDeleted={() => navigate(applicationPath, { replace: true })}
    >
      <p>The interview and everything in its prep are deleted. This can't be undone.</p>
    </DeleteWithConfirmation>
  );
}
