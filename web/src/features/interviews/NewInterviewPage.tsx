import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { Application } from "../../../../contract/applications.ts";
import { createInterviewRequest, type InterviewPrep } from "../../../../contract/interviews.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { useFormErrors } from "../../ui/use-form-errors.ts";
import { useApplicationDetail } from "../applications/application-detail-queries.ts";
import { useCurrentUser } from "../auth/queries.ts";
import {
  detailsRequest,
  type InterviewDetailsDraft,
  InterviewDetailsFields,
  interviewLabels,
} from "./components/InterviewDetailsFields.tsx";
import { PrepFields } from "./components/PrepFields.tsx";
import { clearDraft, draftKey, readDraft, writeDraft } from "./draft-storage.ts";
import { useCreateInterview } from "./interview-queries.ts";
import { browserTimeZone, suggestedStartLocal } from "./interview-time.ts";
import "../applications/application-page.css";
import "./interviews.css";

interface NewInterviewDraft {
  details: InterviewDetailsDraft;
  prep: InterviewPrep;
}

const emptyPrep: InterviewPrep = { caseForMe: "", talkingPoints: "", questions: "", research: "", learningGoal: "" };

function freshDraft(interviewCount: number): NewInterviewDraft {
  return {
    details: {
      roundName: "",
      kind: interviewCount === 0 ? "recruiter_screen" : "hiring_manager",
      startsAtLocal: suggestedStartLocal(),
      timeZone: browserTimeZone(),
      durationMinutes: "45",
      format: "video",
      location: "",
      interviewers: [],
      notes: "",
    },
    prep: emptyPrep,
  };
}

/** /applications/:id/interviews/new — schedule an interview, with its prep if you have it already. */
export function NewInterviewPage() {
  const { id = "" } = useParams();
  const detail = useApplicationDetail(id);

  if (detail.isPending || detail.isError) {
    return (
      <RecordUnavailable
        error={detail.error}
        title="Schedule an interview"
        loadingText="Loading the application…"
        notFoundTitle="Application not found"
      />
    );
  }
  return <NewInterviewForm application={detail.data.application} interviewCount={detail.data.interviews.length} />;
}

function NewInterviewForm({ application, interviewCount }: { application: Application; interviewCount: number }) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateInterview();
  const key = draftKey(user.id, `new-interview:${application.id}`);
  const [restored] = useState(() => readDraft<NewInterviewDraft>(key));
  const [draft, setDraft] = useState<NewInterviewDraft>(() => restored ?? freshDraft(interviewCount));
  const [showRestored, setShowRestored] = useState(restored !== null);
  const { formRef, errors, check, showError } = useFormErrors(interviewLabels);
  const created = useRef(false);
  const touched = useRef(restored !== null);

  // Everything typed is kept in this browser until the interview exists on the server.
  useEffect(() => {
    if (touched.current && !created.current) writeDraft(key, draft);
  }, [key, draft]);

  const edit = (change: (current: NewInterviewDraft) => NewInterviewDraft) => {
    touched.current = true;
    setDraft(change);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const request = check(createInterviewRequest, {
      applicationId: application.id,
      ...detailsRequest(draft.details),
      prep: draft.prep,
    });
    if (!request) return;
    create.mutate(request, {
      onSuccess: (interview) => {
        created.current = true;
        clearDraft(key);
        navigate(`/interviews/${encodeURIComponent(interview.id)}`, { replace: true, state: { scheduled: true } });
      },
      onError: showError,
    });
  }

  const company = application.companyName;
  const applicationPath = `/applications/${encodeURIComponent(application.id)}`;
  return (
    <div className="page interview-page">
      <p className="breadcrumb">
        <Link to={applicationPath}>
          {application.roleTitle}
          {company ? ` at ${company}` : ""}
        </Link>
      </p>
      <PageTitle>Schedule an interview</PageTitle>
      <p className="lead">
        For {application.roleTitle}
        {company ? ` at ${company}` : ""}. Fill in the prep now or later — it's all kept as you type.
      </p>
      {showRestored ? (
        <div className="callout restored-callout">
          <p>You started this earlier; here's what you wrote.</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              touched.current = false;
              clearDraft(key);
              setDraft(freshDraft(interviewCount));
              setShowRestored(false);
            }}
          >
            Start over
          </button>
        </div>
      ) : null}
      <form ref={formRef} className="interview-form" noValidate onSubmit={submit}>
        <section className="card" aria-labelledby="new-interview-details">
          <h2 id="new-interview-details">When and where</h2>
          <div className="form">
            <InterviewDetailsFields
              draft={draft.details}
              errors={errors}
              companyId={application.companyId}
              onChange={(details) => edit((current) => ({ ...current, details }))}
            />
          </div>
        </section>
        <section className="card prep-card" aria-labelledby="new-interview-prep">
          <h2 id="new-interview-prep">Prep</h2>
          <p className="field-hint">
            Markdown works here: **bold**, - lists, [links](https://…). Each section has a preview.
          </p>
          {errors.fields.prep ? <p className="field-error">{errors.fields.prep}</p> : null}
          <PrepFields prep={draft.prep} onChange={(prep) => edit((current) => ({ ...current, prep }))} />
        </section>
        <FormAlert message={errors.message} />
        <p className="field-hint">Until you schedule it, this draft is kept in this browser only.</p>
        <div className="button-row">
          <SubmitButton pending={create.isPending} pendingLabel="Scheduling…">
            Schedule interview
          </SubmitButton>
          <Link className="button button-secondary" to={applicationPath}>
            Back to the application
          </Link>
        </div>
      </form>
    </div>
  );
}
