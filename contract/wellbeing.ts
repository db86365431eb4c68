import { z } from "zod";
import { singleLine } from "./common.ts";
import { isoDate, timeZone } from "./fields.ts";

/**
 * The daily check-in (the How We Feel grid: pleasantness × energy, each −2 … +2) and balance
 * outside job-seeker mode. Everything here is private to its owner and optional.
 */

const gridScale = (axis: string) =>
  z
    .number({ message: `must be a whole number from -2 to 2 (${axis})` })
    .int(`must be a whole number from -2 to 2 (${axis})`)
    .min(-2, "must be at least -2")
    .max(2, "must be at most 2");

export const dayParams = z.strictObject({ day: isoDate });

export const checkIn = z.object({
  id: z.string(),
  day: z.string(),
  pleasantness: z.number().int(),
  energy: z.number().int(),
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CheckIn = z.infer<typeof checkIn>;
export const checkInList = z.object({ items: z.array(checkIn) });

/** PUT replaces the day's check-in (the note is cleared when left out). */
export const saveCheckInRequest = z.strictObject({
  pleasantness: gridScale("unpleasant … pleasant"),
  energy: gridScale("low … high energy"),
  note: singleLine(500).optional(),
});
export type SaveCheckInRequest = z.infer<typeof saveCheckInRequest>;

export const dayRangeQuery = z
  .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((value) => !value.from || !value.to || value.from <= value.to, {
    message: "must not be before from",
    path: ["to"],
  });

/** The short list of how an activity can leave me feeling. */
export const feelingWords = [
  "capable",
  "creative",
  "organized",
  "calm",
  "connected",
  "rested",
  "proud",
  "energized",
] as const;
export const feelingWord = z.enum(feelingWords, { message: `must be one of: ${feelingWords.join(", ")}` });
export type FeelingWord = z.infer<typeof feelingWord>;

export const activity = z.object({
  id: z.string(),
  name: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
});
export type Activity = z.infer<typeof activity>;
export const activityList = z.object({ items: z.array(activity) });
export const createActivityRequest = z.strictObject({
  name: singleLine(80).pipe(z.string().min(1, "must not be empty")),
});
export const updateActivityRequest = z
  .strictObject({
    name: singleLine(80).pipe(z.string().min(1, "must not be empty")).optional(),
    archived: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["name"] });
export type UpdateActivityRequest = z.infer<typeof updateActivityRequest>;

const minutes = z
  .number({ message: "must be a whole number of minutes from 1 to 1440" })
  .int("must be a whole number of minutes from 1 to 1440")
  .min(1, "must be at least 1 minute")
  .max(1440, "must be at most 1440 minutes (a day)");

export const activityLog = z.object({
  id: z.string(),
  activityId: z.string(),
  activityName: z.string(),
  day: z.string(),
  minutes: z.number().int().nullable(),
  feelings: z.array(z.string()),
  createdAt: z.string(),
});
export type ActivityLog = z.infer<typeof activityLog>;
export const activityLogList = z.object({ items: z.array(activityLog) });
export const createActivityLogRequest = z.strictObject({
  activityId: z.uuid({ message: "must be an id (UUID)" }),
  /** Defaults to today (UTC) when left out; the web app sends the user's local day. */
  day: isoDate.optional(),
  minutes: minutes.nullable().optional(),
  feelings: z.array(feelingWord).max(feelingWords.length, "too many feelings").optional(),
});
export type CreateActivityLogRequest = z.infer<typeof createActivityLogRequest>;

export const jobSearchTime = z.object({
  id: z.string(),
  day: z.string(),
  minutes: z.number().int(),
  note: z.string(),
  createdAt: z.string(),
});
export type JobSearchTime = z.infer<typeof jobSearchTime>;
export const jobSearchTimeList = z.object({ items: z.array(jobSearchTime) });
export const createJobSearchTimeRequest = z.strictObject({
  day: isoDate,
  minutes,
  note: singleLine(300).optional(),
});
export type CreateJobSearchTimeRequest = z.infer<typeof createJobSearchTimeRequest>;

/**
 * The user's IANA time zone (default UTC): the app's own records carry UTC instants, and this
 * places them on the same local days as check-ins and activity logs.
 */
const localZone = { timeZone: timeZone.optional() };

export const weekQuery = z.strictObject({
  weekStart: isoDate.optional(),
  ...localZone,
});

export const comparisonsQuery = z.strictObject({ ...localZone });

/** One source of counted job-search time, with its fixed estimate named. */
export const balanceSource = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  /** Minutes counted per item; null when the item carries its own length (interviews, manual entries). */
  minutesEach: z.number().int().nullable(),
  minutes: z.number().int(),
});

export const balanceWeek = z.object({
  weekStart: z.string(),
  weekEnd: z.string(),
  jobSearchMinutes: z.number().int(),
  jobSearchSources: z.array(balanceSource),
  activityMinutes: z.number().int(),
  activityLogCount: z.number().int(),
  /** Job-search share of all counted minutes, 0 … 1; null when nothing was counted. */
  jobSearchShare: z.number().nullable(),
  /** Activities whose logs this week carried "capable", with how often. */
  madeMeFeelCapable: z.array(z.object({ activityId: z.string(), name: z.string(), times: z.number().int() })),
  /** A gentle word when the week was nearly all job search (≥ 90 %); null otherwise or when set aside. */
  note: z.string().nullable(),
  dismissed: z.boolean(),
});
export type BalanceWeek = z.infer<typeof balanceWeek>;

export const comparisonSide = z.object({
  days: z.number().int(),
  pleasantness: z.number().nullable(),
  energy: z.number().nullable(),
});
export const comparison = z.object({
  /** An activity's id, or "interview-days". */
  factor: z.string(),
  label: z.string(),
  with: comparisonSide,
  without: comparisonSide,
  /** False when either side has fewer than 3 check-in days: the averages are then withheld. */
  enoughDays: z.boolean(),
});
export type Comparison = z.infer<typeof comparison>;
export const comparisonList = z.object({
  minimumDaysEachSide: z.number().int(),
  checkInDays: z.number().int(),
  items: z.array(comparison),
});
export type ComparisonList = z.infer<typeof comparisonList>;
