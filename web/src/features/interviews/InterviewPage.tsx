import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { type Interview, interviewFormatLabels, interviewKindLabels } from "../../../../contract/interviews.ts";
import { ApiError } from "../../lib/api.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { Markdown } from "../../ui/Markdown.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { ExternalLink } from "../applications/components/ExternalLink.tsx";
import { useCurrentUser } from "../auth/queries.ts";
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

  if (interview.isPending) return <Message title="Interview" text="Loading the interview…" />;
  if (interview.isError) {
    const missing =
      interview.error instanceof ApiError && (interview.error.status === 404 || interview.error.status === 400);
    return missing ? (
      <Message title="Interview not found" text="It may have been deleted, or the link may be wrong." />
    ) : (
      <Message title="Interview" error={interview.error.message} />
    );
  }
  // Keyed by id: moving to another interview starts its own prep state.
  return <InterviewView key={interview.data.id} interview={interview.data} />;
}

function InterviewView({ interview }: { interview: Interview }) {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [scheduled] = useState((location.state as { scheduled?: boolean } | null)?.scheduled === true);
  // Said once: a reload of this page shouldn't announce the scheduling again.
  useEffect(() => {
    if (scheduled) navigate(".", { replace: true, state: null });
  }, [scheduled, navigate]);
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
      <StatusMessage message={scheduled ? "Interview scheduled. Your prep is saved." : null} />

      <section className="card interview-facts" aria-labelledby="interview-when">
        <h2 id="interview-when" className="visually-hidden">
          When, where and who
        </h2>
        <dl className="detail-list">
          <div className="detail-row">
            <dt>When</dt>
            <dd>
              <time dateTime={interview.startsAt}>{time.local}</time>
              {time.viewer ? <span className="time-viewer">{time.viewer}</span> : null}
            </dd>
          </div>
          <div className="detail-row">
            <dt>Where</dt>
            <dd>
              {interview.location ? (
                <ExternalLink href={interview.location}>{interview.location}</ExternalLink>
              ) : (
                <span className="quiet-text">Not noted yet</span>
              )}
            </dd>
          </div>
          <div className="detail-row">
            <dt>With</dt>
            <dd>
              {interview.interviewers.length ? (
                interview.interviewers
                  .map((person) => (person.roleTitle ? `${person.name} (${person.roleTitle})` : person.name))
                  .join(", ")
              ) : (
                <span className="quiet-text">No interviewers added</span>
              )}
            </dd>
          </div>
        </dl>
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
        <DeleteInterview interview={interview} applicationPath={applicationPath} />
      </section>
    </div>
  );
}

function InterviewDetailsSection({ interview }: { interview: Interview }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  if (editing) {
    return (
      <InterviewEditForm
        interview={interview}
        onDone={(didSave) => {
          setEditing(false);
          setSaved(didSave);
          requestAnimationFrame(() => editButton.current?.focus());
        }}
      />
    );
  }
  return (
    <>
      <h3 className="subheading subheading-first">Notes</h3>
      <Markdown source={interview.notes} empty="No notes." />
      <StatusMessage message={saved ? "Interview details saved." : null} />
      <div className="button-row">
        <button
          ref={editButton}
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          Edit time, place and people
        </button>
      </div>
    </>
  );
}

function DeleteInterview({ interview, applicationPath }: { interview: Interview; applicationPath: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteInterview(interview.id);
  const navigate = useNavigate();
  return (
    <>
      <p>Deleting removes the interview and its prep.</p>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Delete interview
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${interview.roundName}”?`}
        confirmLabel="Delete interview"
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(applicationPath, { replace: true }) })}
      >
        <p>The interview and everything in its prep are deleted. This can't be undone.</p>
      </ConfirmDialog>
    </>
  );
}

function Message({ title, text, error }: { title: string; text?: string; error?: string }) {
  return (
    <div className="page page-narrow">
      <PageTitle>{title}</PageTitle>
      {text ? <p className="lead">{text}</p> : null}
      {error ? <FormAlert message={error} /> : null}
    </div>
  );
}
