import { useState } from "react";
import { CopyField } from "../../ui/CopyField.tsx";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useCreateFeedbackRequest, useFeedbackRequests, useMarkAnswered } from "./feedback-queries.ts";

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: "numeric", month: "short" });

/**
 * On the application page: make a private feedback link to paste into an email, and see
 * which requests were answered.
 */
export function AskForFeedbackPanel({ applicationId }: { applicationId: string }) {
  const requests = useFeedbackRequests(applicationId);
  const create = useCreateFeedbackRequest();
  const markAnswered = useMarkAnswered();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="application-feedback">
      <h2 id="application-feedback">Ask for feedback</h2>
      <p>
        A private link the interviewer can answer without an account. It shows them only your name and the role, takes
        one answer and expires in 30 days.
      </p>
      {url ? (
        <>
          <CopyField label="Feedback link (shown once)" value={url} />
          <p className="field-hint">Copy it now: Debrief keeps only a fingerprint of it and can't show it again.</p>
        </>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => create.mutate({ applicationId }, { onSuccess: (created) => setUrl(created.url) })}
          aria-disabled={create.isPending || undefined}
        >
          Create a feedback link
        </button>
      )}
      <FormAlert message={create.error?.message} />
      {requests.data && requests.data.items.length > 0 ? (
        <ul className="item-list">
          {requests.data.items.map((request) => (
            <li key={request.id} className="item">
              <span>
                Asked {day(request.createdAt)}
                {request.contactName ? ` (${request.contactName})` : ""}
                {request.sentAt ? ` · sent ${day(request.sentAt)}` : ""}
                {request.followedUpAt ? ` · followed up ${day(request.followedUpAt)}` : ""}
                {request.answeredAt
                  ? ` · answered ${request.answeredVia === "link" ? "by link" : "(marked by hand)"} after ${request.daysToAnswer} day${request.daysToAnswer === 1 ? "" : "s"}`
                  : " · no answer yet"}
              </span>
              {request.answeredAt ? null : (
                <button type="button" className="button button-quiet" onClick={() => markAnswered.mutate(request.id)}>
                  Mark answered
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
