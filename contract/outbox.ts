import { z } from "zod";
import { email, singleLine } from "./common.ts";
import { pageQuery } from "./fields.ts";

/**
 * Email sent through the person's own SMTP account: the account settings (the password goes
 * in, never comes out) and the durable outbox every message passes through.
 */

/** What a message is for; other features queue their own kinds through the outbox service. */
export const outboxKinds = [
  "feedback_request",
  "thank_you",
  "follow_up",
  "acceptance",
  "test",
  "debrief_reminder",
  "feedback_received",
  "circle_invite",
  "circle_digest",
] as const;
export type OutboxKind = (typeof outboxKinds)[number];
export const outboxKindLabels: Record<OutboxKind, string> = {
  feedback_request: "Feedback request",
  thank_you: "Thank-you",
  follow_up: "Follow-up",
  acceptance: "Reply to a decision",
  test: "Test email",
  debrief_reminder: "Debrief reminder",
  feedback_received: "New feedback",
  circle_invite: "Circle invite",
  circle_digest: "Circle replies",
};

/**
 * queued → sending → sent; a failure before the server took the message goes back to queued
 * (with backoff) until it gives up as failed; cancelled only by the person.
 */
export const outboxStatuses = ["queued", "sending", "sent", "failed", "cancelled"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];
export const outboxStatusLabels: Record<OutboxStatus, string> = {
  queued: "Queued",
  sending: "Sending",
  sent: "Sent",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** tls: TLS from the first byte (usually port 465); starttls: upgrade after connecting (587); none: plain (a local relay). */
export const smtpSecurityModes = ["tls", "starttls", "none"] as const;
export type SmtpSecurity = (typeof smtpSecurityModes)[number];

const hostName = singleLine(253)
  .pipe(z.string().min(1, "must not be empty"))
  .refine(
    (value) => /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(value) || /^[0-9A-Fa-f:.]+$/.test(value),
    "must be a server name such as smtp.example.com",
  );

export const smtpSettingsRequest = z.strictObject({
  host: hostName,
  port: z
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be a port number (1-65535)")
    .max(65535, "must be a port number (1-65535)"),
  security: z.enum(smtpSecurityModes, { message: "must be tls, starttls or none" }),
  /** The sign-in name; empty for a relay that needs no sign-in. */
  username: singleLine(320).default(""),
  /**
   * The password or app password. Leave it out to keep the one already stored; it is stored
   * encrypted and never returned. Not trimmed: spaces can be part of it.
   */
  password: z.string().min(1, "must not be empty").max(1024, "must be at most 1024 characters").optional(),
  fromName: singleLine(200).default(""),
  fromAddress: email,
});
export type SmtpSettingsRequest = z.infer<typeof smtpSettingsRequest>;

/** The stored account as the API shows it: whether a password is stored, never the password. */
export const smtpAccount = z.object({
  host: z.string(),
  port: z.number(),
  security: z.enum(smtpSecurityModes),
  username: z.string(),
  hasPassword: z.boolean(),
  fromName: z.string(),
  fromAddress: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SmtpAccount = z.infer<typeof smtpAccount>;

/** GET and PUT /api/me/smtp: the account, or null when none is set up. */
export const smtpAccountResponse = z.object({ account: smtpAccount.nullable() });
export type SmtpAccountResponse = z.infer<typeof smtpAccountResponse>;

export const outboxMessage = z.object({
  id: z.string(),
  kind: z.enum(outboxKinds),
  applicationId: z.string().nullable(),
  toAddress: z.string(),
  toName: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  /** The RFC 5322 Message-ID, fixed when queued, so a resend is recognisable as the same message. */
  messageId: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number(),
  /** When a queued message is next tried. */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /**
   * Failed in the one ambiguous way: the server may have taken it before the connection was
   * lost. Retrying can deliver a second copy; the person should check their Sent folder first.
   */
  mayHaveBeenSent: z.boolean(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;

export const outboxListQuery = z.strictObject({
  status: z.enum(outboxStatuses, { message: `must be one of ${outboxStatuses.join(", ")}` }).optional(),
  applicationId: z.uuid({ message: "must be an id (UUID)" }).optional(),
  ...pageQuery,
});
export type OutboxListQuery = z.infer<typeof outboxListQuery>;

/** Newest first. */
export const outboxList = z.object({ items: z.array(outboxMessage), nextCursor: z.string().nullable() });
export type OutboxList = z.infer<typeof outboxList>;

/**
 * A message another feature hands to the outbox (not an HTTP body of its own): checked again
 * by the service, because it may carry text the person typed.
 */
export const outboxDraft = z.strictObject({
  kind: z.enum(outboxKinds, { message: `must be one of ${outboxKinds.join(", ")}` }),
  toAddress: email,
  toName: singleLine(200).default(""),
  subject: singleLine(300).pipe(z.string().min(1, "must not be empty")),
  bodyText: z.string().min(1, "must not be empty").max(50_000, "must be at most 50000 characters"),
  applicationId: z.uuid({ message: "must be an id (UUID)" }).nullable().default(null),
});
export type OutboxDraft = z.input<typeof outboxDraft>;
