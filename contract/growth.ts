import { z } from "zod";
import { singleLine } from "./common.ts";
import { isoDate, longText } from "./fields.ts";

/**
 * Growth after a "no": the soft landing (a short, skippable flow offered — never forced — when
 * an application is rejected), private "write it out" sessions, and the growth plan's action
 * items, which the next interview's prep offers as learning goals.
 */

const feelingScale = z
  .number({ message: "must be a whole number from 1 to 5" })
  .int("must be a whole number from 1 to 5")
  .min(1, "must be at least 1 (low)")
  .max(5, "must be at most 5 (okay)");

/** The soft landing of one application: what the flow saved, and whether it was set aside. */
export const softLanding = z.object({
  applicationId: z.string(),
  /** A quick check, 1 (low) … 5 (okay); null when skipped. */
  feeling: z.number().int().nullable(),
  feelingWords: z.string(),
  whatILearned: z.string(),
  planForMe: z.string(),
  dismissedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  /** Null until something was saved or it was dismissed. */
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SoftLanding = z.infer<typeof softLanding>;

/**
 * PUT saves the flow's answers: a field left out is cleared (the flow always sends what it
 * holds). `completed: true` marks the flow finished; it stays finished.
 */
export const saveSoftLandingRequest = z.strictObject({
  feeling: feelingScale.nullable().optional(),
  feelingWords: singleLine(200).optional(),
  whatILearned: longText(5000).optional(),
  planForMe: longText(1000).optional(),
  completed: z.boolean().optional(),
});
export type SaveSoftLandingRequest = z.infer<typeof saveSoftLandingRequest>;

/** Writing sessions are private: only ever shown to their writer. */
export const maxWritingLength = 100_000;
export const writingSession = z.object({
  id: z.string(),
  applicationId: z.string().nullable(),
  body: z.string(),
  minutes: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WritingSession = z.infer<typeof writingSession>;
export const writingSessionList = z.object({ items: z.array(writingSession) });

const timerMinutes = z
  .number({ message: "must be a whole number of minutes from 1 to 60" })
  .int("must be a whole number of minutes from 1 to 60")
  .min(1, "must be at least 1 minute")
  .max(60, "must be at most 60 minutes");

export const createWritingSessionRequest = z.strictObject({
  applicationId: z.uuid({ message: "must be an id (UUID)" }).nullable().optional(),
  body: longText(maxWritingLength),
  minutes: timerMinutes.nullable().optional(),
});
export type CreateWritingSessionRequest = z.infer<typeof createWritingSessionRequest>;

export const updateWritingSessionRequest = z
  .strictObject({
    body: longText(maxWritingLength).optional(),
    minutes: timerMinutes.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["body"] });
export type UpdateWritingSessionRequest = z.infer<typeof updateWritingSessionRequest>;

export const writingSessionListQuery = z.strictObject({
  applicationId: z.uuid({ message: "must be an id (UUID)" }).optional(),
});

export const actionItemStatuses = ["todo", "doing", "done"] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];
const statusField = z.enum(actionItemStatuses, { message: "must be todo, doing or done" });

/** One step of the growth plan. */
export const actionItem = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string(),
  status: statusField,
  targetDate: z.string().nullable(),
  /** The feedback item it came from, when it came from one. */
  feedbackItemId: z.string().nullable(),
  /** That feedback item's text, so the plan can show where an item came from. */
  feedbackItemText: z.string().nullable(),
  /** The feedback entry that item belongs to (the feedback log links to it). */
  feedbackEntryId: z.string().nullable(),
  /** Where it paid off (an application), set when done. */
  applicationId: z.string().nullable(),
  applicationTitle: z.string().nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActionItem = z.infer<typeof actionItem>;
export const actionItemList = z.object({ items: z.array(actionItem) });

const title = singleLine(200).pipe(z.string().min(1, "must not be empty"));
const maybeId = z.uuid({ message: "must be an id (UUID)" }).nullable().optional();

export const createActionItemRequest = z.strictObject({
  title,
  notes: longText(5000).optional(),
  status: statusField.optional(),
  targetDate: isoDate.nullable().optional(),
  feedbackItemId: maybeId,
  applicationId: maybeId,
});
export type CreateActionItemRequest = z.infer<typeof createActionItemRequest>;

export const updateActionItemRequest = z
  .strictObject({
    title: title.optional(),
    notes: longText(5000).optional(),
    status: statusField.optional(),
    targetDate: isoDate.nullable().optional(),
    feedbackItemId: maybeId,
    applicationId: maybeId,
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["title"] });
export type UpdateActionItemRequest = z.infer<typeof updateActionItemRequest>;

export const actionItemListQuery = z.strictObject({
  status: statusField.optional(),
  /** Only the items that paid off on this application (its wins). */
  applicationId: z.uuid({ message: "must be an id (UUID)" }).optional(),
});

/** An open action item phrased as a learning goal for the next interview's prep. */
export const learningGoalSuggestion = z.object({
  actionItemId: z.string(),
  title: z.string(),
  learningGoal: z.string(),
});
export const learningGoalSuggestions = z.object({ items: z.array(learningGoalSuggestion) });
export type LearningGoalSuggestion = z.infer<typeof learningGoalSuggestion>;
