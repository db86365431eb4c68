import { energyScale, engagementScale } from "../../../../contract/debrief-ratings.ts";
import {
  type DirectionDimension,
  type DirectionFinding,
  type DirectionInsights,
  type DirectionMetric,
  directionMethod,
  type MetricSummary,
} from "../../../../contract/direction.ts";
import { weekStart } from "../insights/funnel-math.ts";

/**
 * The statistics of direction insights, as pure arithmetic over aggregates the database already
 * summed (n, sum, sum of squares), so the work per request does not grow with the rows beyond
 * the SQL that sums them. The method is written out in contract/direction.ts.
 */

/** What SQL sums for one rating over a set of debriefs (only debriefs that gave the rating). */
export interface RatingAggregate {
  n: number;
  sum: number;
  sumOfSquares: number;
}

/** The person's overall mean and spread of one rating: what every group is compared with. */
export interface Spread {
  n: number;
  mean: number | null;
  /** The sample standard deviation; 0 when there are fewer than two ratings. */
  sd: number;
}

/** A group's numbers before rounding, so a finding is decided on exact values. */
export interface GroupEstimate {
  n: number;
  mean: number | null;
  estimate: number | null;
  low: number | null;
  high: number | null;
}

export const metricScales: Record<DirectionMetric, { min: number; max: number }> = {
  energy: energyScale,
  engagement: engagementScale,
};

/** Two-sided 95%: the interval level the contract names. */
const z95 = 1.96;

export const emptyAggregate: RatingAggregate = { n: 0, sum: 0, sumOfSquares: 0 };

/** Adds two aggregates (rows of one group split by another column, summed back together). */
export function addAggregates(a: RatingAggregate, b: RatingAggregate): RatingAggregate {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumOfSquares: a.sumOfSquares + b.sumOfSquares };
}

/** Rounds to two decimals for the API; -0 becomes 0. */
export const round2 = (value: number) => Math.round(value * 100) / 100 + 0;
const round1 = (value: number) => Math.round(value * 10) / 10 + 0;
const clip = (value: number, scale: { min: number; max: number }) => Math.min(scale.max, Math.max(scale.min, value));

/** Mean and sample standard deviation from the sums; never NaN (no ratings → null mean, sd 0). */
export function spreadOf(aggregate: RatingAggregate): Spread {
  const { n, sum, sumOfSquares } = aggregate;
  if (n === 0) return { n, mean: null, sd: 0 };
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: 0 };
  // Rounding in the sums can leave a tiny negative variance when every rating is equal.
  const variance = Math.max(0, (sumOfSquares - (sum * sum) / n) / (n - 1));
  return { n, mean, sd: Math.sqrt(variance) };
}

/** The overall row: its own mean, with the interval of that mean (±1.96·sd/√n). */
export function overallSummary(spread: Spread, metric: DirectionMetric): MetricSummary {
  if (spread.mean === null) return emptySummary(spread.n);
  const half = (z95 * spread.sd) / Math.sqrt(spread.n);
  const known = hasSpread(spread);
  return rounded(
    {
      n: spread.n,
      mean: spread.mean,
      estimate: spread.mean,
      low: known ? clip(spread.mean - half, metricScales[metric]) : null,
      high: known ? clip(spread.mean + half, metricScales[metric]) : null,
    },
    spread.n,
  );
}

/**
 * One rating says nothing about how ratings spread: its interval is unknown (null), not a
 * point. From two on, the sample spread is used, even when it is 0 (all ratings equal).
 */
const hasSpread = (spread: Spread) => spread.n >= 2;

/**
 * A group's estimate shrunk toward the overall mean, as if it also held priorWeight ratings at
 * that mean, with a 95% interval from the overall spread: ±1.96·sd/√(n + k), clipped to the scale.
 */
export function groupEstimate(aggregate: RatingAggregate, overall: Spread, metric: DirectionMetric): GroupEstimate {
  const { n, sum } = aggregate;
  if (n === 0 || overall.mean === null) return { n, mean: null, estimate: null, low: null, high: null };
  const k = directionMethod.priorWeight;
  const estimate = (sum + k * overall.mean) / (n + k);
  const half = (z95 * overall.sd) / Math.sqrt(n + k);
  const scale = metricScales[metric];
  if (!hasSpread(overall)) return { n, mean: sum / n, estimate, low: null, high: null };
  return { n, mean: sum / n, estimate, low: clip(estimate - half, scale), high: clip(estimate + half, scale) };
}

/** The group as the API shows it: two decimals, and "too few to say" below minGroupSize. */
export function groupSummary(estimate: GroupEstimate): MetricSummary {
  return estimate.estimate === null ? emptySummary(estimate.n) : rounded(estimate, estimate.n);
}

function emptySummary(n: number): MetricSummary {
  return { n, mean: null, estimate: null, low: null, high: null, tooFew: n < directionMethod.minGroupSize };
}

function rounded(estimate: GroupEstimate, n: number): MetricSummary {
  const two = (value: number | null) => (value === null ? null : round2(value));
  return {
    n,
    mean: two(estimate.mean),
    estimate: two(estimate.estimate),
    low: two(estimate.low),
    high: two(estimate.high),
    tooFew: n < directionMethod.minGroupSize,
  };
}

/**
 * "higher" or "lower" when the group has enough debriefs and its interval leaves out the
 * overall mean; null otherwise (including a difference that rounds to 0.0).
 */
export function findingDirection(estimate: GroupEstimate, overall: Spread): "higher" | "lower" | null {
  if (estimate.n < directionMethod.minGroupSize || overall.mean === null) return null;
  if (estimate.estimate === null || estimate.low === null || estimate.high === null) return null;
  if (round1(estimate.estimate - overall.mean) === 0) return null;
  if (estimate.low > overall.mean) return "higher";
  if (estimate.high < overall.mean) return "lower";
  return null;
}

/** Where a group's interviews took place, as the start of a sentence. */
function subjectOf(dimension: DirectionDimension, key: string, label: string): string {
  switch (dimension) {
    case "roleFamily":
      return `Interviews for ${lowerFirst(label)} roles`;
    case "tag":
      return `Interviews tagged “${label}”`;
    case "company":
      return `Interviews at ${label}`;
    case "companySize":
      return `Interviews at companies of ${label}`;
    case "interviewKind":
      return `${label} interviews`;
    case "format":
      return key === "video" ? "Interviews on video" : key === "phone" ? "Interviews by phone" : "Interviews on-site";
    case "interviewer":
      return `Interviews with ${label}`;
  }
}

/** "User research" → "user research", but "UX design" stays as written (an acronym leads). */
function lowerFirst(label: string): string {
  return /^.[A-Z]/.test(label) ? label : `${label.slice(0, 1).toLowerCase()}${label.slice(1)}`;
}

const feelingPhrases: Record<DirectionMetric, Record<"higher" | "lower", string>> = {
  energy: { higher: "more energized", lower: "more drained" },
  engagement: { higher: "more absorbed", lower: "less engaged" },
};

/** A signed difference as people write it: +1.4, −0.8 (a real minus sign). */
export function signed(value: number): string {
  const text = Math.abs(value).toFixed(1);
  return value < 0 ? `−${text}` : `+${text}`;
}

/**
 * The finding for a group, with its plain sentence, e.g. "Interviews for user research roles
 * leave you more energized than your average (+1.4, 5 interviews)." Null when it is no finding.
 */
export function findingFor(
  group: { dimension: DirectionDimension; key: string; label: string },
  metric: DirectionMetric,
  estimate: GroupEstimate,
  overall: Spread,
): DirectionFinding | null {
  const direction = findingDirection(estimate, overall);
  if (!direction || estimate.estimate === null || overall.mean === null) return null;
  const difference = round1(estimate.estimate - overall.mean);
  const count = `${estimate.n} interview${estimate.n === 1 ? "" : "s"}`;
  const subject = subjectOf(group.dimension, group.key, group.label);
  return {
    dimension: group.dimension,
    key: group.key,
    metric,
    direction,
    difference,
    n: estimate.n,
    text: `${subject} leave you ${feelingPhrases[metric][direction]} than your average (${signed(difference)}, ${count}).`,
  };
}

/** One day's debriefs and rating sums (the interview's UTC day, YYYY-MM-DD). */
export interface DayRatings {
  day: string;
  debriefs: number;
  energy: { n: number; sum: number };
  engagement: { n: number; sum: number };
}

/** Days bucketed into Monday-start UTC weeks, oldest first; only weeks with debriefs. */
export function weeklyTrend(days: readonly DayRatings[]): DirectionInsights["trend"] {
  const weeks = new Map<string, DayRatings>();
  for (const day of days) {
    const start = weekStart(day.day);
    const week = weeks.get(start) ?? {
      day: start,
      debriefs: 0,
      energy: { n: 0, sum: 0 },
      engagement: { n: 0, sum: 0 },
    };
    week.debriefs += day.debriefs;
    week.energy = { n: week.energy.n + day.energy.n, sum: week.energy.sum + day.energy.sum };
    week.engagement = { n: week.engagement.n + day.engagement.n, sum: week.engagement.sum + day.engagement.sum };
    weeks.set(start, week);
  }
  const meanOf = (sums: { n: number; sum: number }) => (sums.n === 0 ? null : round2(sums.sum / sums.n));
  return [...weeks.values()]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((week) => ({
      weekStart: week.day,
      n: week.debriefs,
      energyMean: meanOf(week.energy),
      engagementMean: meanOf(week.engagement),
    }));
}
