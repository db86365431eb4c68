import { type FormEvent, useRef, useState } from "react";
import { type Interview, updateInterviewRequest } from "../../../../../contract/interviews.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useApplicationDetail } from "../../applications/application-detail-queries.ts";
import { useUpdateInterview } from "../interview-queries.ts";
import {
  detailsRequest,
  type InterviewDetailsDraft,
  InterviewDetailsFields,
  interviewLabels,
} from "./InterviewDetailsFields.tsx";

function draftOf(interview: Interview): InterviewDetailsDraft {
  return {
    roundName: interview.roundName,
    kind: interview.kind,
    startsAtLocal: interview.startsAtLocal.slice(0, 16),
    timeZone: interview.timeZone,
    durationMinutes: String(interview.durationMinutes),
    format: interview.format,
    location: interview.location ?? "",
    interviewers: interview.interviewers,
    notes: interview.notes,
  };
}

/** Edits an interview's round, time, place, interviewers and notes (prep saves on its own). */
export function InterviewEditForm({ interview, onDone }: { interview: Interview; onDone: (saved: boolean) => void }) {
  const update = useUpdateInterview(interview.id);
  // New contacts are filed under the application's company.
  const application = useApplicationDetail(interview.applicationId);
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(interview));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const checked = updateInterviewRequest.safeParse(detailsRequest(draft));
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, interviewLabels));
    setErrors(noErrors);
    update.mutate(checked.data, {
      onSuccess: () => onDone(true),
      onError: (error) => setErrors(errorsFromError(error, interviewLabels)),
    });
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={submit} aria-label="Edit interview details">
      <InterviewDetailsFields
        draft={draft}
        onChange={setDraft}
        errors={errors}
        companyId={application.data?.application.companyId ?? null}
      />
      <FormAlert message={errors.message} />
      <div className="button-row">
        <SubmitButton pending={update.isPending} pendingLabel="Saving…">
          Save details
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
