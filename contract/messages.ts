import { z } from "zod";
import { email, singleLine } from "./common.ts";
import { isoDate } from "./fields.ts";
import { type OutboxKind, outboxMessage } from "./outbox.ts";

/**
 * Messages written from templates: feedback requests, thank-you notes, follow-ups and replies
 * to a decision. Each is previewed with the application's details filled in, edited by the
 * person, then queued in the outbox (or copied, without an email account).
 */

/** The kinds of message with a template; each is also the outbox kind it is queued as. */
export const messageKinds = [
  "feedback_request",
  "thank_you",
  "follow_up",
  "acceptance",
] as const satisfies readonly OutboxKind[];
export type MessageKind = (typeof messageKinds)[number];
export const messageKindLabels: Record<MessageKind, string> = {
  feedback_request: "Ask for feedback",
  thank_you: "Thank-you after an interview",
  follow_up: "Follow-up after silence",
  acceptance: "Accept a decision, stay in touch",
};

const kind = z.enum(messageKinds, { message: `must be one of ${messageKinds.join(", ")}` });
const id = z.uuid({ message: "must be an id (UUID)" });

/** A placeholder a template may use, written {{name}}. */
export const messagePlaceholder = z.object({ name: z.string(), description: z.string() });
export type MessagePlaceholder = z.infer<typeof messagePlaceholder>;

export const messageTemplate = z.object({
  kind: z.enum(messageKinds),
  label: z.string(),
  subject: z.string(),
  body: z.string(),
  /** True when this is the person's own wording; false for the built-in text. */
  edited: z.boolean(),
  /** When the person last edited it; null for the built-in text. */
  updatedAt: z.string().nullable(),
});
export type MessageTemplate = z.infer<typeof messageTemplate>;

/** GET /api/message-templates: every kind, built-in merged with the person's edits. */
export const messageTemplateList = z.object({
  templates: z.array(messageTemplate),
  placeholders: z.array(messagePlaceholder),
});
export type MessageTemplateList = z.infer<typeof messageTemplateList>;

export const messageTemplateParams = z.strictObject({ kind });

export const saveMessageTemplateRequest = z.strictObject({
  subject: singleLine(300).pipe(z.string().min(1, "must not be empty")),
  body: z.string().trim().min(1, "must not be empty").max(20_000, "must be at most 20000 characters"),
});
export type SaveMessageTemplateRequest = z.infer<typeof saveMessageTemplateRequest>;

export const messagePreviewRequest = z.strictObject({
  kind,
  applicationId: id,
  interviewId: id.optional(),
  /** The recipient; without one the greeting is "Hi there". */
  contactId: id.optional(),
  /** For a thank-you: the specific moment of the conversation to mention. */
  moment: z.string().trim().max(500, "must be at most 500 characters").optional(),
  /** For a feedback request: include a private link where the interviewer can answer. */
  includeFeedbackLink: z.boolean().default(false),
  /** For a follow-up: the date they said they would be in touch by, if they gave one. */
  promisedOn: isoDate.optional(),
});
export type MessagePreviewRequest = z.input<typeof messagePreviewRequest>;

export const messageGuidance = z.object({ type: z.enum(["do", "dont"]), text: z.string() });
export type MessageGuidance = z.infer<typeof messageGuidance>;

/** When to send, worked out from the application's dates and the messages already sent. */
export const messageTiming = z.object({
  /** ok: a good time; early: better wait until earliestOn; late: past the usual window; limit: enough of this kind already. */
  state: z.enum(["ok", "early", "late", "limit"]),
  summary: z.string(),
  /** The first day it makes sense to send (YYYY-MM-DD), when there is one. */
  earliestOn: z.string().nullable(),
  /** The moment it is best sent by (UTC instant), when there is one. */
  dueBy: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type MessageTiming = z.infer<typeof messageTiming>;

export const messageRecipient = z.object({
  contactId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  roleTitle: z.string().nullable(),
  /** True when the contact interviewed the person in the chosen interview. */
  interviewer: z.boolean(),
});
export type MessageRecipient = z.infer<typeof messageRecipient>;

export const messagePreview = z.object({
  kind: z.enum(messageKinds),
  /** The contact's email address, or null when unknown (type one in, or copy the text). */
  to: z.string().nullable(),
  toName: z.string(),
  subject: z.string(),
  body: z.string(),
  /** Placeholders the template uses whose value is not known yet (left as {{name}} in the text). */
  missing: z.array(z.string()),
  /** Placeholders the template uses that do not exist (left as written, so nothing is lost). */
  unknown: z.array(z.string()),
  /** People to choose from: the application's contacts and the interview's interviewers. */
  recipients: z.array(messageRecipient),
  guidance: z.array(messageGuidance),
  timing: messageTiming,
});
export type MessagePreview = z.infer<typeof messagePreview>;

export const sendMessageRequest = z.strictObject({
  kind,
  applicationId: id,
  interviewId: id.optional(),
  contactId: id.optional(),
  to: email,
  toName: singleLine(200).default(""),
  subject: singleLine(300).pipe(z.string().min(1, "must not be empty")),
  body: z.string().min(1, "must not be empty").max(50_000, "must be at most 50000 characters"),
  /**
   * Feedback requests: make a private feedback link and put it where the body says
   * {{feedbackLink}} (the body must contain it).
   */
  includeFeedbackLink: z.boolean().default(false),
  /** A follow-up on an earlier feedback request: records the follow-up on it. */
  feedbackRequestId: id.optional(),
});
export type SendMessageRequest = z.input<typeof sendMessageRequest>;

export const sentMessage = z.object({
  message: outboxMessage,
  /** The feedback request this message created or followed up, if any. */
  feedbackRequestId: z.string().nullable(),
});
export type SentMessage = z.infer<typeof sentMessage>;
