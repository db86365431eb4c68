import { useState } from "react";
import { type OutboxMessage, outboxKindLabels, outboxStatusLabels } from "../../../../../contract/outbox.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { LoadMoreButton } from "../../../ui/LoadMoreButton.tsx";
import { RetryAlert } from "../../../ui/RetryAlert.tsx";
import { useOutbox, useOutboxAction } from "../email-queries.ts";

function when(message: OutboxMessage): string {
  switch (message.status) {
    case "sent":
      return `Sent ${formatDateTime(message.sentAt ?? message.updatedAt)}`;
    case "queued":
      return message.attempts > 0 && message.nextAttemptAt
        ? `Next try ${formatDateTime(message.nextAttemptAt)}`
        : `Queued ${formatDateTime(message.createdAt)}`;
    case "sending":
      return "Sending now";
    default:
      return `${outboxStatusLabels[message.status]} ${formatDateTime(message.updatedAt)}`;
  }
}

const recipient = (message: OutboxMessage) =>
  message.toName ? `${message.toName} <${message.toAddress}>` : message.toAddress;

/** Every email sent (or to be sent) for the person, newest first, with retry and cancel. */
export function OutboxList() {
  const outbox = useOutbox();
  const retry = useOutboxAction("retry");
  const cancel = useOutboxAction("cancel");
  // A message that may already have arrived is sent again only after the person has checked.
  const [confirmingRetry, setConfirmingRetry] = useState<OutboxMessage | null>(null);
  const messages = outbox.data?.pages.flatMap((page) => page.items) ?? [];
  const actionError = retry.error?.message ?? cancel.error?.message;

  const doRetry = (message: OutboxMessage) => retry.mutate(message.id, { onSuccess: () => setConfirmingRetry(null) });

  return (
    <>
      <h2 id="email-outbox">Outbox</h2>
      <p>Everything Debrief sends for you, newest first.</p>
      {outbox.isPending ? <p>Loading your outbox…</p> : null}
      {outbox.isError ? <RetryAlert message={outbox.error.message} onRetry={() => void outbox.refetch()} /> : null}
      {outbox.data && messages.length === 0 ? <p>Nothing has been sent yet.</p> : null}
      <FormAlert message={actionError} />
      <ul className="item-list outbox-list">
        {messages.map((message) => (
          <li key={message.id} className="item">
            <div className="item-main">
              <p className="item-title">
                <span className="outbox-subject">{message.subject}</span>
                <span className={`badge outbox-status outbox-status-${message.status}`}>
                  {outboxStatusLabels[message.status]}
                </span>
              </p>
              <p className="item-meta">
                {outboxKindLabels[message.kind]} to {recipient(message)} · {when(message)}
              </p>
              {message.lastError ? <p className="outbox-error">{message.lastError}</p> : null}
            </div>
            {message.status === "failed" || message.status === "queued" ? (
              <div className="outbox-actions">
                {message.status === "failed" ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => (message.mayHaveBeenSent ? setConfirmingRetry(message) : doRetry(message))}
                  >
                    Retry<span className="visually-hidden"> “{message.subject}”</span>
                  </button>
                ) : null}
                <button type="button" className="button button-secondary" onClick={() => cancel.mutate(message.id)}>
                  Cancel<span className="visually-hidden"> “{message.subject}”</span>
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <LoadMoreButton list={outbox} label="Show older messages" loadingLabel="Loading…" className="button-row" />
      <ConfirmDialog
        open={confirmingRetry !== null}
        title="Send it again?"
        confirmLabel="Send again"
        pending={retry.isPending}
        error={retry.error?.message}
        onCancel={() => {
          setConfirmingRetry(null);
          retry.reset();
        }}
        onConfirm={() => {
          if (confirmingRetry) doRetry(confirmingRetry);
        }}
      >
        <p>
          “{confirmingRetry?.subject}” may already have arrived: the connection was lost after it was handed to your
          mail server. Check your Sent folder (or ask {confirmingRetry?.toName || "the recipient"}) first.
        </p>
        <p>If you send it again, it carries the same Message-ID, so many mail programs show the copy as one message.</p>
      </ConfirmDialog>
    </>
  );
}
