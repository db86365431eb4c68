import { z } from "zod";
import { singleLine } from "./common.ts";
import { debriefSummary } from "./debrief-ratings.ts";
import { isoDate, localDateTime, longText, optionalText, pageQuery, timeZone } from "./fields.ts";

export const interviewKinds = [
  "recruiter_screen",
  "hiring_manager",
  "portfolio_presentation",
  "technical",
  "panel",
  "take_home",
  "final",
  "other",
] as const;
export type InterviewKind = (typeof interviewKinds)[number];
export const interviewKindLabels: Record<InterviewKind, string> = {
  recruiter_screen: "Recruiter screen",
  hiring_manager: "Hiring manager",
  portfolio_presentation: "Portfolio / case presentation",
  technical: "Technical",
  panel: "Panel",
  take_home: "Take-home",
  final: "Final",
  other: "Other",
};

export const interviewFormats = ["video", "phone", "on_site"] as const;
export type InterviewFormat = (typeof interviewFormats)[number];
export const interviewFormatLabels = { video: "Video", phone: "Phone", on_site: "On-site" } as const;

const idField = z.uuid({ message: "must be an id (UUID)" });

export const interviewPrep = z.object({
  /** Why me, for this role. */
  caseForMe: z.string(),
  /** Talking points and situation–task–action–result stories. */
  talkingPoints: z.string(),
  questions: z.string(),
  research: z.string(),
  learningGoal: z.string(),
});
export type InterviewPrep = z.infer<typeof interviewPrep>;

const prepFields = z.strictObject({
  caseForMe: longText().optional(),
  talkingPoints: longText().optional(),
  questions: longText().optional(),
  research: longText().optional(),
  learningGoal: longText(2000).optional(),
});

const interviewFields = {
  roundName: singleLine(200).pipe(z.string().min(1, "must not be empty")),
  kind: z.enum(interviewKinds, { message: `must be one of ${interviewKinds.join(", ")}` }),
  /** Wall-clock start in timeZone, e.g. 2026-12-01T14:00 in Europe/Berlin. */
  startsAtLocal: localDateTime,
  timeZone,
  /** Either a duration… */
  durationMinutes: z
    .number({ message: "must be a number of minutes" })
    .int("must be whole minutes")
    .min(1, "must be at least 1 minute")
    .max(24 * 60, "must be at most 24 hours")
    .optional(),
  /** …or a wall-clock end in the same time zone. */
  endsAtLocal: localDateTime.optional(),
  format: z.enum(interviewFormats, { message: "must be video, phone or on_site" }),
  /** An address, or a meeting link (shown as a link only when it is http/https). */
  location: optionalText(singleLine(500)),
  interviewerIds: z.array(idField).max(20, "must have at most 20 interviewers").optional(),
  notes: longText().optional(),
  prep: prepFields.optional(),
};

function refineTimes(
  value: { startsAtLocal?: string; endsAtLocal?: string; durationMinutes?: number },
  ctx: z.RefinementCtx,
) {
  if (value.endsAtLocal && value.durationMinutes !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["endsAtLocal"],
      message: "give either endsAtLocal or durationMinutes, not both",
    });
  }
  if (value.endsAtLocal && value.startsAtLocal && value.endsAtLocal <= value.startsAtLocal) {
    ctx.addIssue({ code: "custom", path: ["endsAtLocal"], message: "must be after the start" });
  }
}

export const createInterviewRequest = z
  .strictObject({ applicationId: idField, ...interviewFields })
  .superRefine(refineTimes);
export type CreateInterviewRequest = z.infer<typeof createInterviewRequest>;

export const updateInterviewRequest = z
  .strictObject({
    ...interviewFields,
    roundName: interviewFields.roundName.optional(),
    kind: interviewFields.kind.optional(),
    startsAtLocal: interviewFields.startsAtLocal.optional(),
    timeZone: interviewFields.timeZone.optional(),
    format: interviewFields.format.optional(),
  })
  .superRefine(refineTimes);
export type UpdateInterviewRequest = z.infer<typeof updateInterviewRequest>;

export const interviewer = z.object({ id: z.string(), name: z.string(), roleTitle: z.string().nullable() });

export const interview = z.object({
  id: z.string(),
  applicationId: z.string(),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  roundName: z.string(),
  kind: z.enum(interviewKinds),
  /** UTC instants. */
  startsAt: z.string(),
  endsAt: z.string(),
  startsAtLocal: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number(),
  format: z.enum(interviewFormats),
  location: z.string().nullable(),
  notes: z.string(),
  interviewers: z.array(interviewer),
  prep: interviewPrep,
  /** The debrief's ratings, or null before the interview is debriefed. */
  debrief: debriefSummary.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interview>;

export const interviewListQuery = z.strictObject({
  applicationId: idField.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...pageQuery,
});
export const interviewList = z.object({ items: z.array(interview), nextCursor: z.string().nullable() });
