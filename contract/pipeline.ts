import { z } from "zod";
import { application, applicationNote, applicationStages } from "./applications.ts";
import { contact } from "./contacts.ts";
import { interview, interviewFormats, interviewKinds } from "./interviews.ts";
import { outboxKinds, outboxStatuses } from "./outbox.ts";
import { task, taskKinds } from "./tasks.ts";

/** Views over the whole pipeline: the board, an application with its timeline, what's next. */

export const boardCard = z.object({
  id: z.string(),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  excitement: z.number().nullable(),
  tags: z.array(z.string()),
  appliedOn: z.string().nullable(),
  stageChangedAt: z.string(),
  /** The next interview still to come, as a UTC instant. */
  nextInterviewAt: z.string().nullable(),
});
export type BoardCard = z.infer<typeof boardCard>;

export const board = z.object({
  columns: z.array(
    z.object({
      stage: z.enum(applicationStages),
      /** Every application in the stage. */
      count: z.number(),
      /** Most recently moved first; closed stages carry only the most recent 50 (the table has the rest). */
      cards: z.array(boardCard),
    }),
  ),
});
export type Board = z.infer<typeof board>;

export const timelineEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("stage_change"),
    id: z.string(),
    at: z.string(),
    fromStage: z.enum(applicationStages).nullable(),
    toStage: z.enum(applicationStages),
  }),
  z.object({
    type: z.literal("interview"),
    id: z.string(),
    at: z.string(),
    roundName: z.string(),
    kind: z.enum(interviewKinds),
    format: z.enum(interviewFormats),
  }),
  z.object({
    type: z.literal("task"),
    id: z.string(),
    at: z.string(),
    title: z.string(),
    kind: z.enum(taskKinds),
    dueOn: z.string().nullable(),
    doneAt: z.string().nullable(),
  }),
  z.object({ type: z.literal("note"), id: z.string(), at: z.string(), body: z.string() }),
  /** A message about this application in the outbox (at: when sent, else when queued). */
  z.object({
    type: z.literal("message"),
    id: z.string(),
    at: z.string(),
    kind: z.enum(outboxKinds),
    subject: z.string(),
    toAddress: z.string(),
    toName: z.string(),
    status: z.enum(outboxStatuses),
  }),
]);
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const applicationDetail = z.object({
  application,
  interviews: z.array(interview),
  tasks: z.array(task),
  contacts: z.array(contact),
  notes: z.array(applicationNote),
  /** Newest first. */
  timeline: z.array(timelineEvent),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

export const upcoming = z.object({
  /** Interviews that have not ended yet, soonest first. */
  interviews: z.array(interview),
  /** Interviews that ended in the last 7 days, most recent first (time to debrief). */
  recentInterviews: z.array(interview),
  /** Open tasks due within 14 days or overdue, earliest first. */
  tasks: z.array(task),
});
export type Upcoming = z.infer<typeof upcoming>;

export const pipelineSettings = z.object({ ghostAfterWeeks: z.number() });
export const updatePipelineSettingsRequest = z.strictObject({
  ghostAfterWeeks: z
    .number({ message: "must be a number of weeks" })
    .int("must be whole weeks")
    .min(1, "must be at least 1 week")
    .max(52, "must be at most 52 weeks"),
});
