import type { OutboxKind, OutboxStatus, SmtpSecurity } from "../../../../contract/outbox.ts";

/** A person's own SMTP account (one each). The password is sealed with the server key. */
export interface SmtpAccountsTable {
  user_id: string;
  host: string;
  port: number;
  security: SmtpSecurity;
  /** Empty for a relay that needs no sign-in. */
  username: string;
  /** AES-256-GCM, see crypto/secret-box.ts; null when there is no password. Never leaves the server. */
  password_encrypted: string | null;
  from_name: string;
  from_address: string;
  created_at: string;
  updated_at: string;
}

/** One email, stored before it is sent; the worker sends it and records what happened. */
export interface OutboxMessagesTable {
  id: string;
  user_id: string;
  application_id: string | null;
  kind: OutboxKind;
  to_address: string;
  to_name: string;
  subject: string;
  body_text: string;
  /** "<id@host>", fixed when queued: a resend carries the same Message-ID. */
  message_id: string;
  status: OutboxStatus;
  /** Sending attempts since it was queued (or last retried by hand). */
  attempts: number;
  /** When a queued message is due; null once it is no longer queued. */
  next_attempt_at: string | null;
  /** While sending: when the claim runs out; a message still 'sending' after that may have gone. */
  lease_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}
