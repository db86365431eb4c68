import type { OutboxMessage } from "../../../../contract/outbox.ts";
import { mayHaveBeenSent } from "./delivery-outcome.ts";
import type { OutboxRow } from "./outbox.repo.ts";

/** A message as the API shows it (the lease is the worker's business). */
export function presentOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    applicationId: row.application_id,
    toAddress: row.to_address,
    toName: row.to_name,
    subject: row.subject,
    bodyText: row.body_text,
    messageId: row.message_id,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    // The worker writes these words for exactly the ambiguous failures (delivery-outcome.ts).
    mayHaveBeenSent: row.status === "failed" && (row.last_error ?? "").includes(mayHaveBeenSent),
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
