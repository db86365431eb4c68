import { useState } from "react";
import type { OutboxMessage, SmtpAccount } from "../../../../../contract/outbox.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { useOutboxMessage, useSendTestEmail } from "../email-queries.ts";

function progress(message: OutboxMessage | undefined): string | null {
  if (!message) return null;
  switch (message.status) {
    case "queued":
      return message.attempts > 0 ? "Not sent yet: Debrief will try again shortly." : "Queued: sending in a moment…";
    case "sending":
      return "Sending…";
    case "sent":
      return `Sent ${formatDateTime(message.sentAt ?? message.updatedAt)}. Look for it in the inbox of ${message.toAddress}.`;
    case "cancelled":
      return "Cancelled.";
    case "failed":
      return null;
  }
}

/** Sends a test email to the person's own address and follows it until it is sent or fails. */
export function TestEmailSection({ account }: { account: SmtpAccount | null }) {
  const send = useSendTestEmail();
  const [messageId, setMessageId] = useState<string | null>(null);
  const message = useOutboxMessage(messageId);
  const current = message.data;

  return (
    <>
      <h2 id="email-test">Send a test email</h2>
      {account ? (
        <>
          <p>
            Sends a short email to <strong>{account.fromAddress}</strong> through your account, so you know your
            messages will go out.
          </p>
          <div className="button-row test-email-actions">
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={send.isPending || undefined}
              onClick={() => {
                if (send.isPending) return;
                send.mutate(undefined, { onSuccess: (queued) => setMessageId(queued.id) });
              }}
            >
              {send.isPending ? "Queueing…" : "Send test email"}
            </button>
          </div>
          <StatusMessage message={progress(current)} />
          <FormAlert
            message={
              send.error?.message ??
              (current?.status === "failed"
                ? `${current.mayHaveBeenSent ? "Not confirmed." : "The test email was not sent."} ${current.lastError ?? ""}`
                : null)
            }
          />
          {current?.status === "queued" && current.lastError ? <p className="field-hint">{current.lastError}</p> : null}
        </>
      ) : (
        <p>Once your account is saved, you can send yourself a test email from here.</p>
      )}
    </>
  );
}
