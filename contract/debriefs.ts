import { z } from "zod";
import { singleLine } from "./common.ts";
import {
  energyScale,
  engagementScale,
  feelingWords,
  flowAnswers,
  learningGoalAnswers,
  wentWellScale,
} from "./debrief-ratings.ts";
import { longText, pageQuery } from "./fields.ts";
import { interviewFormats, interviewKinds } from "./interviews.ts";

export * from "./debrief-ratings.ts";

/**
 * A debrief: how an interview felt, written right after it. Everything is optional except one
 * rating (energy, engagement or how it went), so it takes under a minute on a phone.
 */

/** At most this many own feeling words, each at most ownFeelingMaxLength characters. */
export const maxOwnFeelings = 10;
export const ownFeelingMaxLength = 40;

const scale = (min: number, max: number, what: string) =>
  z
    .number({ message: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min} (${what})`)
    .max(max, `must be at most ${max} (${what})`);

/** The AEIOU notes of the Good Time Journal (Designing Your Life). */
export const aeiouNotes = z.object({
  activities: z.string(),
  environment: z.string(),
  interactions: z.string(),
  objects: z.string(),
  users: z.string(),
});
export type AeiouNotes = z.infer<typeof aeiouNotes>;
export const aeiouKeys = ["activities", "environment", "interactions", "objects", "users"] as const;

/**
 * PUT replaces the whole debrief: a field left out is cleared (the form always sends what it
 * shows). The first save's time is kept as createdAt.
 */
export const saveDebriefRequest = z
  .strictObject({
    energy: scale(energyScale.min, energyScale.max, "drained … energized").nullable().optional(),
    engagement: scale(engagementScale.min, engagementScale.max, "bored … absorbed").nullable().optional(),
    flow: z.enum(flowAnswers, { message: "must be yes, no or unsure" }).nullable().optional(),
    wentWell: scale(wentWellScale.min, wentWellScale.max, "how it went").nullable().optional(),
    feelings: z
      .array(z.enum(feelingWords, { message: `must be one of ${feelingWords.join(", ")}` }))
      .max(feelingWords.length, `must have at most ${feelingWords.length} words`)
      .optional(),
    ownFeelings: z
      .array(singleLine(ownFeelingMaxLength).pipe(z.string().min(1, "must not be empty")))
      .max(maxOwnFeelings, `must have at most ${maxOwnFeelings} words`)
      .optional(),
    aeiou: z
      .strictObject({
        activities: longText(4000).optional(),
        environment: longText(4000).optional(),
        interactions: longText(4000).optional(),
        objects: longText(4000).optional(),
        users: longText(4000).optional(),
      })
      .optional(),
    doDifferently: longText(4000).optional(),
    learningGoalMet: z.enum(learningGoalAnswers, { message: "must be yes, partly or no" }).nullable().optional(),
  })
  .superRefine((value, ctx) => {
    const rated = [value.energy, value.engagement, value.wentWell].some(
      (rating) => rating !== undefined && rating !== null,
    );
    if (!rated) {
      ctx.addIssue({
        code: "custom",
        path: ["energy"],
        message: "give at least one rating: energy, engagement or wentWell",
      });
    }
  });
export type SaveDebriefRequest = z.infer<typeof saveDebriefRequest>;

export const debrief = z.object({
  id: z.string(),
  interviewId: z.string(),
  applicationId: z.string(),
  energy: z.number().nullable(),
  engagement: z.number().nullable(),
  flow: z.enum(flowAnswers).nullable(),
  wentWell: z.number().nullable(),
  feelings: z.array(z.enum(feelingWords)),
  ownFeelings: z.array(z.string()),
  aeiou: aeiouNotes,
  doDifferently: z.string(),
  learningGoalMet: z.enum(learningGoalAnswers).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Debrief = z.infer<typeof debrief>;

/** A debrief in the list, with what it was about. */
export const debriefListItem = debrief.extend({
  roundName: z.string(),
  kind: z.enum(interviewKinds),
  format: z.enum(interviewFormats),
  startsAt: z.string(),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
});
export type DebriefListItem = z.infer<typeof debriefListItem>;

export const debriefListQuery = z.strictObject({ ...pageQuery });
export const debriefList = z.object({ items: z.array(debriefListItem), nextCursor: z.string().nullable() });

/** Whether to send one email reminder to debrief a few hours after an interview ends. */
export const debriefSettings = z.object({ reminderEmail: z.boolean() });
export const updateDebriefSettingsRequest = z.strictObject({
  reminderEmail: z.boolean({ message: "must be true or false" }),
});

/** Hours after an interview's end before the one optional reminder goes out. */
export const debriefReminderDelayHours = 3;
