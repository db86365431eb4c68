import { z } from "zod";
import { applicationStages } from "./applications.ts";
import { feelingWords, flowAnswers } from "./debrief-ratings.ts";
import { aeiouNotes } from "./debriefs.ts";
import { actionItemStatuses } from "./growth.ts";

/**
 * What a circle member sees of a shared item: one view per type, each with only the fields the
 * seeker shares (never salary, notes, contacts or email addresses). Part of contract/circle.ts.
 */

const stageEnum = z.enum(applicationStages);

export const sharedApplication = z.object({
  itemType: z.literal("application"),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  stage: stageEnum,
  appliedOn: z.string().nullable(),
  /** The story so far: every stage change, oldest first. */
  timeline: z.array(z.object({ stage: stageEnum, at: z.string() })),
});

export const sharedDebrief = z.object({
  itemType: z.literal("debrief"),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  roundName: z.string(),
  startsAt: z.string(),
  energy: z.number().nullable(),
  engagement: z.number().nullable(),
  flow: z.enum(flowAnswers).nullable(),
  wentWell: z.number().nullable(),
  feelings: z.array(z.enum(feelingWords)),
  ownFeelings: z.array(z.string()),
  aeiou: aeiouNotes,
  doDifferently: z.string(),
});

export const sharedSoftLanding = z.object({
  itemType: z.literal("soft_landing"),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  feeling: z.number().nullable(),
  feelingWords: z.string(),
  whatILearned: z.string(),
  planForMe: z.string(),
});

export const sharedGrowthPlan = z.object({
  itemType: z.literal("growth_plan"),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(actionItemStatuses),
      targetDate: z.string().nullable(),
      doneAt: z.string().nullable(),
    }),
  ),
});

export const sharedPost = z.object({
  itemType: z.literal("post"),
  title: z.string(),
  /** Markdown: render with the safe renderer (HTML off). */
  body: z.string(),
  applicationTitle: z.string().nullable(),
});

export const sharedThoughtRecord = z.object({
  itemType: z.literal("thought_record"),
  situation: z.string(),
  moods: z.array(z.object({ name: z.string(), before: z.number().nullable(), after: z.number().nullable() })),
  automaticThoughts: z.array(z.object({ text: z.string(), hot: z.boolean() })),
  evidenceFor: z.string(),
  evidenceAgainst: z.string(),
  balancedThought: z.string(),
  balancedBelief: z.number().nullable(),
  thinkingTraps: z.array(z.string()),
  reframe: z.string(),
  createdAt: z.string(),
});

export const sharedWritingSession = z.object({
  itemType: z.literal("writing_session"),
  body: z.string(),
  minutes: z.number().nullable(),
  createdAt: z.string(),
});

export const sharedCheckIn = z.object({
  itemType: z.literal("check_in"),
  day: z.string(),
  pleasantness: z.number(),
  energy: z.number(),
  note: z.string(),
});

export const sharedItem = z.discriminatedUnion("itemType", [
  sharedApplication,
  sharedDebrief,
  sharedSoftLanding,
  sharedGrowthPlan,
  sharedPost,
  sharedThoughtRecord,
  sharedWritingSession,
  sharedCheckIn,
]);
export type SharedItem = z.infer<typeof sharedItem>;
