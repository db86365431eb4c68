import { energyScale, engagementScale } from "../../../../../contract/debrief-ratings.ts";
import type { DirectionMetric } from "../../../../../contract/direction.ts";

/** A whole number with its sign and a true minus: "+3", "−3", "0". */
const signedWhole = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : "0");

/** What each metric is called, and the ends of its scale (the charts' axes). */
export const metricInfo: Record<
  DirectionMetric,
  { label: string; scale: string; min: number; max: number; signed: boolean }
> = {
  energy: {
    label: "Energy",
    scale: `drained (${signedWhole(energyScale.min)}) to energized (${signedWhole(energyScale.max)})`,
    min: energyScale.min,
    max: energyScale.max,
    signed: true,
  },
  engagement: {
    label: "Engagement",
    scale: `bored (${engagementScale.min}) to absorbed (${engagementScale.max})`,
    min: engagementScale.min,
    max: engagementScale.max,
    signed: false,
  },
};

const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signedOneDecimal = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: "exceptZero",
});

/**
 * A rating on the metric's scale: energy with its sign ("+1.4", "−0.5"), engagement without
 * ("3.4"). Negatives get a true minus sign, which reads better than a hyphen and is spoken as "minus".
 */
export function formatRating(metric: DirectionMetric, value: number | null): string {
  if (value === null) return "—";
  return (metricInfo[metric].signed ? signedOneDecimal : oneDecimal).format(value).replace("-", "\u2212");
}

/** "+0.4 to +2.4", or an em dash when there is no interval. */
export function formatInterval(metric: DirectionMetric, low: number | null, high: number | null): string {
  if (low === null || high === null) return "—";
  return `${formatRating(metric, low)} to ${formatRating(metric, high)}`;
}

/** "1 debrief", "5 debriefs". */
export function countDebriefs(n: number): string {
  return `${n} ${n === 1 ? "debrief" : "debriefs"}`;
}
