import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { type MessageKind, messageKindLabels, messageKinds } from "../../../../contract/messages.ts";
import { outboxStatusLabels } from "../../../../contract/outbox.ts";
import { ApiError } from "../../lib/api.ts";
import { copyText } from "../../lib/copy-text.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { SelectField } from "../../ui/SelectField.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useApplicationDetail } from "../applications/application-detail-queries.ts";
import { pipelineKey } from "../pipeline/pipeline-query-hooks.ts";
import { inFlight, useOutboxMessage, useSmtpAccount } from "../settings/email-queries.ts";
import { MessageGuidance } from "./components/MessageGuidance.tsx";
import { mailAppLink, plainMessage } from "./mail-app-link.ts";
import {
  useCreateFeedbackLink,
  useMarkFeedbackRequestSent,
  useMessagePreview,
  useSendMessage,
} from "./messages-queries.ts";
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
  const [kind, setKind] = useState<MessageKind>(
    isKind(params.get("kind")) ? (params.get("kind") as MessageKind) : "thank_you",
  );
  const [interviewId, setInterviewId] = useState(params.get("interviewId") ?? "");
  const [contactId, setContactId] = useState(params.get("contactId") ?? "");
  const [moment, setMoment] = useState("");
  const [includeFeedbackLink, setIncludeFeedbackLink] = useState(true);
  const [promisedOn, setPromisedOn] = useState("");
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
          <section className="card" aria-labelledby="compose-what">
            <h2 id="compose-what">What and to whom</h2>
            <div className="compose-choices">
              <SelectField
                label="Message"
                name="kind"
                value={kind}
                onChange={(event) => setKind(event.target.value as MessageKind)}
              >
                {messageKinds.map((option) => (
                  <option key={option} value={option}>
                    {messageKindLabels[option]}
                  </option>
                ))}
              </SelectField>
              {kind === "thank_you" && interviews.length ? (
                <SelectField
                  label="Interview"
                  name="interviewId"
                  value={interviewId}
                  onChange={(event) => setInterviewId(event.target.value)}
                >
                  <option value="">The most recent one</option>
                  {interviews.map((interview) => (
                    <option key={interview.id} value={interview.id}>
                      {interview.roundName}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              <SelectField
                label="To"
                name="contactId"
                value={contactId}
                onChange={(event) => setContactId(event.target.value)}
              >
                <option value="">Someone else (type the address below)</option>
                {(preview.data?.recipients ?? []).map((recipient) => (
                  <option key={recipient.contactId} value={recipient.contactId}>
                    {recipient.name}
                    {recipient.roleTitle ? `, ${recipient.roleTitle}` : ""}
                    {recipient.interviewer ? " (interviewer)" : ""}
                    {recipient.email ? "" : " (no email saved)"}
                  </option>
                ))}
              </SelectField>
            </div>
            {kind === "thank_you" ? (
              <TextAreaField
                label="A moment from the conversation"
                name="moment"
                hint="Something specific you enjoyed: it goes where the note says {{moment}}."
                value={moment}
                rows={2}
                onChange={setMoment}
              />
            ) : null}
            {kind === "feedback_request" ? (
              <label className="checkbox-line">
                <input
                  type="checkbox"
                  checked={includeFeedbackLink}
                  onChange={(event) => setIncludeFeedbackLink(event.target.checked)}
                />{" "}
                Include a private link where they can answer in two minutes, without an account
              </label>
            ) : null}
            {kind === "follow_up" ? (
              <TextField
                label="They said they'd be in touch by (optional)"
                name="promisedOn"
                type="date"
                value={promisedOn}
                onChange={(event) => setPromisedOn(event.target.value)}
              />
            ) : null}
          </section>
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

function TextAreaField(props: {
  label: string;
  name: string;
  hint?: string;
  value: string;
  rows: number;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field" data-invalid={props.error ? "" : undefined}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={
          [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].join(" ").trim() || undefined
        }
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

/** The exact text, editable; then Send (with an email account) or Copy / Open in my mail app. */
function MessageEditor(props: {
  applicationId: string;
  preview: NonNullable<ReturnType<typeof useMessagePreview>["data"]>;
  interviewId: string | null;
  contactId: string | null;
  includeFeedbackLink: boolean;
  feedbackRequestId: string | null;
}) {
  const { preview } = props;
  const queryClient = useQueryClient();
  const account = useSmtpAccount();
  const send = useSendMessage();
  const makeLink = useCreateFeedbackLink();
  const markSent = useMarkFeedbackRequestSent();
  const [edited, setEdited] = useState(false);
  const [to, setTo] = useState(preview.to ?? "");
  const [subject, setSubject] = useState(preview.subject);
  const [body, setBody] = useState(preview.body);
  const [sentId, setSentId] = useState<string | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const sent = useOutboxMessage(sentId);

  // Until the person edits the text, it follows the template (a new moment, a different recipient).
  useEffect(() => {
    if (edited) return;
    setSubject(preview.subject);
    setBody(preview.body);
    setTo((current) => preview.to ?? current);
  }, [preview, edited]);

  // When the message has gone out (or failed), the application's timeline shows its new status.
  const finished = sent.data && !inFlight(sent.data);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: pipelineKey });
  }, [finished, queryClient]);

  const noSmtp = account.data === null || (send.error instanceof ApiError && send.error.code === "smtp_not_configured");
  const fieldError = (name: string) =>
    send.error instanceof ApiError ? send.error.fields.find((field) => field.path === name)?.message : undefined;
  const waitingLink = props.includeFeedbackLink && body.includes("{{feedbackLink}}");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(
      {
        kind: preview.kind,
        applicationId: props.applicationId,
        ...(props.interviewId ? { interviewId: props.interviewId } : {}),
        ...(props.contactId ? { contactId: props.contactId } : {}),
        to,
        toName: preview.toName,
        subject,
        body,
        includeFeedbackLink: props.includeFeedbackLink,
        ...(props.feedbackRequestId ? { feedbackRequestId: props.feedbackRequestId } : {}),
      },
      { onSuccess: (result) => setSentId(result.message.id) },
    );
  };

  const copy = async (text: string, what: string) => {
    try {
      await copyText(text);
      setCopied(`${what} copied.`);
    } catch {
      setCopied("Copying was refused: select the text and copy it by hand.");
    }
  };

  if (sentId) {
    return (
      <section className="card" aria-labelledby="compose-sent">
        <h2 id="compose-sent">Sent to your outbox</h2>
        <p role="status" className="message-sent-status">
          {sent.data ? (
            <>
              Status: <strong>{outboxStatusLabels[sent.data.status]}</strong>
              {sent.data.lastError ? ` — ${sent.data.lastError}` : ""}
            </>
          ) : (
            "Checking its status…"
          )}
        </p>
        <p>
          It is on the application's timeline.{" "}
          <Link to={`/applications/${encodeURIComponent(props.applicationId)}`}>Back to the application</Link> ·{" "}
          <Link to="/settings/email">Outbox</Link>
        </p>
      </section>
    );
  }

  return (
    <form className="card compose-editor" aria-labelledby="compose-text" onSubmit={onSubmit} noValidate>
      <h2 id="compose-text">The message</h2>
      {preview.missing.length ? (
        <p className="callout">
          Still to fill in: {preview.missing.map((name) => `{{${name}}}`).join(", ")}. Add it above, or edit the text.
        </p>
      ) : null}
      {preview.unknown.length ? (
        <p className="callout">
          Your template uses {preview.unknown.map((name) => `{{${name}}}`).join(", ")}, which isn't a field: edit it in{" "}
          <Link to="/settings/message-templates">Settings → Message templates</Link>.
        </p>
      ) : null}
      <TextField
        label="To (email address)"
        name="to"
        type="email"
        value={to}
        error={fieldError("to")}
        onChange={(event) => setTo(event.target.value)}
      />
      <TextField
        label="Subject"
        name="subject"
        value={subject}
        error={fieldError("subject")}
        onChange={(event) => {
          setEdited(true);
          setSubject(event.target.value);
        }}
      />
      <TextAreaField
        label="Text"
        name="body"
        rows={14}
        value={body}
        error={fieldError("body")}
        hint={
          waitingLink
            ? noSmtp
              ? "{{feedbackLink}} marks where the private link goes: make it below before you copy the text."
              : "{{feedbackLink}} becomes the private link when the message is sent."
            : undefined
        }
        onChange={(value) => {
          setEdited(true);
          setBody(value);
        }}
      />
      {edited ? (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setEdited(false)}>
            Start again from the template
          </button>
        </p>
      ) : null}
      <FormAlert message={send.error && !noSmtp ? send.error.message : null} />
      {noSmtp ? (
        <div className="compose-without-smtp">
          <p>
            To send from here, set up your email account in <Link to="/settings/email">Settings → Email</Link>. Or send
            it yourself:
          </p>
          {waitingLink ? (
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  makeLink.mutate(
                    {
                      applicationId: props.applicationId,
                      ...(props.contactId ? { contactId: props.contactId } : {}),
                      ...(props.interviewId ? { interviewId: props.interviewId } : {}),
                    },
                    { onSuccess: ({ url }) => setBody((text) => text.replaceAll("{{feedbackLink}}", url)) },
                  )
                }
              >
                Make the private link
              </button>{" "}
              <span className="field-hint">It replaces {"{{feedbackLink}}"} in the text.</span>
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void copy(plainMessage({ subject, body }), "Subject and text")}
            >
              Copy text
            </button>
            <a className="button button-secondary" href={mailAppLink({ to, subject, body })}>
              Open in my mail app
            </a>
          </div>
          <p role="status" className="field-hint">
            {copied}
          </p>
          {makeLink.data ? (
            <p>
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={markSent.isPending || markSent.isSuccess || undefined}
                onClick={() => {
                  if (!markSent.isPending && !markSent.isSuccess) markSent.mutate(makeLink.data.request.id);
                }}
              >
                I've sent it
              </button>{" "}
              <span role="status" className="field-hint">
                {markSent.isSuccess
                  ? "Marked as sent: it counts in your feedback tracking."
                  : "Once you've sent it from your mail app, so it counts in your tracking."}
              </span>
            </p>
          ) : null}
          <FormAlert message={markSent.error?.message ?? null} />
        </div>
      ) : (
        <div className="button-row">
          <SubmitButton pending={send.isPending} pendingLabel="Sending…">
            Send from my email
          </SubmitButton>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void copy(plainMessage({ subject, body }), "Subject and text")}
          >
            Copy text
          </button>
          <p role="status" className="field-hint">
            {copied}
          </p>
        </div>
      )}
    </form>
  );
}
