import { z } from "zod";
import { feelingWords } from "./debriefs.ts";

/**
 * Direction insights: which kinds of interviews leave the person energized or drained, and how
 * well their own read of an interview ("how it went") predicts what happened next.
 *
 * The method, so the numbers can be read without guessing:
 * - Each group (a role family, a tag, an interviewer…) has n debriefs with that rating and a
 *   raw mean. Its estimate is shrunk toward the person's overall mean as if the group also held
 *   `priorWeight` debriefs at the overall mean: (n·mean + k·overall) / (n + k). One great
 *   interview therefore moves a group only a little.
 * - The interval is a 95% interval around the shrunk estimate: ±1.96 · sd / √(n + k), where sd
 *   is the spread of all the person's ratings (one group's few ratings are too few to estimate
 *   their own spread). It is clipped to the scale.
 * - Groups with fewer than `minGroupSize` debriefs are marked "too few to say" and never make a
 *   finding.
 * - A finding is a group whose interval leaves out the overall mean: a difference the data
 *   supports, worded as "more energized than your average (+1.4, 5 interviews)", with the
 *   shrunk difference.
 * - Calibration: an interview's outcome is "advanced" when the same application had a later
 *   interview or reached an offer, "rejected" or "no reply" (ghosted) when it ended so with no
 *   later interview, "withdrew" when the person withdrew, and "pending" otherwise. Rates leave
 *   out pending and withdrew.
 */

export const directionMethod = {
  priorWeight: 3,
  minGroupSize: 3,
  intervalLevel: 0.95,
} as const;

export const directionDimensions = [
  "roleFamily",
  "tag",
  "company",
  "companySize",
  "interviewKind",
  "format",
  "interviewer",
] as const;
export type DirectionDimension = (typeof directionDimensions)[number];
export const directionDimensionLabels: Record<DirectionDimension, string> = {
  roleFamily: "Role family",
  tag: "Tag",
  company: "Company",
  companySize: "Company size",
  interviewKind: "Interview type",
  format: "Format",
  interviewer: "Interviewer",
};

export const directionMetrics = ["energy", "engagement"] as const;
export type DirectionMetric = (typeof directionMetrics)[number];

/**
 * One rating summarised over a group. Numbers are null when n is 0; the interval is also null
 * while the person has fewer than two ratings overall (one rating has no spread to go by).
 */
export const metricSummary = z.object({
  n: z.number(),
  /** The raw mean of the group's ratings. */
  mean: z.number().nullable(),
  /** The estimate shrunk toward the overall mean (equal to the mean for the overall row). */
  estimate: z.number().nullable(),
  /** The 95% interval around the estimate. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** n < minGroupSize: shown, but "too few to say". */
  tooFew: z.boolean(),
});
export type MetricSummary = z.infer<typeof metricSummary>;

export const feelingCount = z.object({ word: z.enum(feelingWords), count: z.number() });

export const directionGroup = z.object({
  /** A stable key within the dimension (an id, a tag, an enum value; "none" for the unset group). */
  key: z.string(),
  label: z.string(),
  energy: metricSummary,
  engagement: metricSummary,
  /** The most chosen feeling words in this group, most frequent first (at most three). */
  topFeelings: z.array(feelingCount),
});
export type DirectionGroup = z.infer<typeof directionGroup>;

export const directionBreakdown = z.object({
  dimension: z.enum(directionDimensions),
  label: z.string(),
  /** Largest groups first. */
  groups: z.array(directionGroup),
});
export type DirectionBreakdown = z.infer<typeof directionBreakdown>;

export const directionFinding = z.object({
  dimension: z.enum(directionDimensions),
  key: z.string(),
  metric: z.enum(directionMetrics),
  direction: z.enum(["higher", "lower"]),
  /** Shrunk estimate minus the overall mean, rounded to one decimal. */
  difference: z.number(),
  n: z.number(),
  /** The plain-language sentence. */
  text: z.string(),
});
export type DirectionFinding = z.infer<typeof directionFinding>;

export const calibrationOutcomes = ["advanced", "rejected", "noReply", "withdrew", "pending"] as const;
export type CalibrationOutcome = (typeof calibrationOutcomes)[number];
export const calibrationOutcomeLabels: Record<CalibrationOutcome, string> = {
  advanced: "Advanced or offer",
  rejected: "Rejected",
  noReply: "No reply",
  withdrew: "I withdrew",
  pending: "Still open",
};

/** How the interviews rated `rating` (1–5) turned out. */
export const calibrationRow = z.object({
  rating: z.number(),
  advanced: z.number(),
  rejected: z.number(),
  noReply: z.number(),
  withdrew: z.number(),
  pending: z.number(),
  total: z.number(),
});

/** Of `decided` interviews (outcome known, not withdrawn), how many advanced. */
export const calibrationRate = z.object({
  decided: z.number(),
  advanced: z.number(),
  /** advanced / decided, 0–1; null when decided is 0. */
  rate: z.number().nullable(),
});

export const calibration = z.object({
  rows: z.array(calibrationRow),
  /** Rated 4–5. */
  wentWell: calibrationRate,
  /** Rated 1–2. */
  wentBadly: calibrationRate,
  /** Every rated interview. */
  overall: calibrationRate,
  /** Rated 4–5 and ended in a rejection or no reply. */
  wentWellButRejected: z.number(),
  /** The plain sentence, or null when nothing is decided yet. */
  sentence: z.string().nullable(),
});
export type Calibration = z.infer<typeof calibration>;

/** Weeks start on Monday (UTC); only weeks with debriefs are listed. */
export const trendWeek = z.object({
  weekStart: z.string(),
  n: z.number(),
  energyMean: z.number().nullable(),
  engagementMean: z.number().nullable(),
});

export const directionInsights = z.object({
  debriefCount: z.number(),
  overall: z.object({ energy: metricSummary, engagement: metricSummary }),
  findings: z.array(directionFinding),
  breakdowns: z.array(directionBreakdown),
  calibration,
  trend: z.array(trendWeek),
  method: z.object({ priorWeight: z.number(), minGroupSize: z.number(), intervalLevel: z.number() }),
});
export type DirectionInsights = z.infer<typeof directionInsights>;
