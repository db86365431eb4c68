import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import type { MessagePreview } from "../../../../../contract/messages.ts";
import { outboxStatusLabels } from "../../../../../contract/outbox.ts";
import { ApiError } from "../../../lib/api.ts";
import { copyText } from "../../../lib/copy-text.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { pipelineKey } from "../../pipeline/pipeline-query-hooks.ts";
import { inFlight, useOutboxMessage, useSmtpAccount } from "../../settings/email-queries.ts";
import { mailAppLink, plainMessage } from "../mail-app-link.ts";
import { useCreateFeedbackLink, useMarkFeedbackRequestSent, useSendMessage } from "../messages-queries.ts";
import { TextAreaField } from "./TextAreaField.tsx";

/** The exact text, editable; then Send (with an email account) or Copy / Open in my mail app. */
export function MessageEditor(props: {
  applicationId: string;
  preview: MessagePreview;
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
