import { type FormEvent, useState } from "react";
import { type Interview, updateInterviewRequest } from "../../../../../contract/interviews.ts";
import { FormActions } from "../../../ui/FormActions.tsx";
import { useFormErrors } from "../../../ui/use-form-errors.ts";
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
  const [draft, setDraft] = useState(() => draftOf(interview));
  const { formRef, errors, check, showError } = useFormErrors(interviewLabels);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const request = check(updateInterviewRequest, detailsRequest(draft));
    if (request) update.mutate(request, { onSuccess: () => onDone(true), onError: showError });
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-label="Edit interview details">
      <InterviewDetailsFields
        draft={draft}
        onChange={setDraft}
        errors={errors}
        companyId={application.data?.application.companyId ?? null}
      />
      <FormActions
        message={errors.message}
        pending={update.isPending}
        submitLabel="Save details"
        pendingLabel="Saving…"
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
