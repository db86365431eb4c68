import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { type MessageKind, messageKinds } from "../../../../contract/messages.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { useApplicationDetail } from "../applications/application-detail-queries.ts";
import { type ComposeChoices, ComposeChoicesCard } from "./components/ComposeChoicesCard.tsx";
import { MessageEditor } from "./components/MessageEditor.tsx";
import { MessageGuidance } from "./components/MessageGuidance.tsx";
import { useMessagePreview } from "./messages-queries.ts";
import "./messages.css";
import { useDebouncedValue } from "./use-debounced-value.ts";

const isKind = (value: string | null): value is MessageKind => messageKinds.includes(value as MessageKind);

/**
 * /applications/:id/compose?kind=…&interviewId=…&contactId=… — write a message from a
 * template: choose what and to whom, see the exact text, edit it, then send it through the
 * person's own email account, or copy it / open it in their mail app.
 */
export function ComposePage() {
  const { id = "" } = useParams();
  const [params] = useSearchParams();
  const detail = useApplicationDetail(id);
  const [choices, setChoices] = useState<ComposeChoices>(() => ({
    kind: isKind(params.get("kind")) ? (params.get("kind") as MessageKind) : "thank_you",
    interviewId: params.get("interviewId") ?? "",
    contactId: params.get("contactId") ?? "",
    moment: "",
    includeFeedbackLink: true,
    promisedOn: "",
  }));
  const { kind, interviewId, contactId, moment, includeFeedbackLink, promisedOn } = choices;
  // A follow-up on a feedback request (from the feedback requests page) is recorded on it.
  const feedbackRequestId = params.get("feedbackRequestId");
  const settledMoment = useDebouncedValue(moment);

  const preview = useMessagePreview({
    kind,
    applicationId: id,
    ...(interviewId && kind === "thank_you" ? { interviewId } : {}),
    ...(contactId ? { contactId } : {}),
    ...(kind === "thank_you" && settledMoment.trim() ? { moment: settledMoment } : {}),
    ...(kind === "feedback_request" ? { includeFeedbackLink } : {}),
    ...(kind === "follow_up" && promisedOn ? { promisedOn } : {}),
  });

  if (detail.isPending || detail.isError) {
    return (
      <RecordUnavailable
        error={detail.error}
        title="Application"
        loadingText="Loading the application…"
        back={{ to: "/applications", label: "Go to all applications" }}
      />
    );
  }
  const { application, interviews } = detail.data;
  const company = application.companyName;
  return (
    <div className="page compose-page">
      <p className="breadcrumb">
        <Link to={`/applications/${encodeURIComponent(id)}`}>
          {application.roleTitle}
          {company ? ` at ${company}` : ""}
        </Link>
      </p>
      <PageTitle documentTitle={`Write a message · ${application.roleTitle}`}>Write a message</PageTitle>
      <div className="compose-columns">
        <div className="compose-main">
          <ComposeChoicesCard
            choices={choices}
            interviews={interviews}
            recipients={preview.data?.recipients ?? []}
            onChange={(change) => setChoices((current) => ({ ...current, ...change }))}
          />
          {preview.isError ? <FormAlert message={preview.error.message} /> : null}
          {preview.data ? (
            <MessageEditor
              key={`${kind}:${contactId}:${interviewId}`}
              applicationId={id}
              preview={preview.data}
              interviewId={kind === "thank_you" ? interviewId || null : null}
              contactId={contactId || null}
              includeFeedbackLink={kind === "feedback_request" && includeFeedbackLink}
              feedbackRequestId={kind === "follow_up" ? feedbackRequestId : null}
            />
          ) : (
            <p className="quiet-text">Filling in the template…</p>
          )}
        </div>
        {preview.data ? <MessageGuidance guidance={preview.data.guidance} timing={preview.data.timing} /> : null}
      </div>
    </div>
  );
}
