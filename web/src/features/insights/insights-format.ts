import { type ProgressStage, smallSampleSize } from "../../../../contract/insights.ts";

const percentFormat = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });
const daysFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const weekFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" });
const weekWithYearFormat = new Intl.DateTimeFormat(undefined, {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "60%", or an em dash when there was nothing to divide by. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : percentFormat.format(rate);
}

/** "4.5 days", "1 day". */
export function formatDays(days: number | null): string {
  if (days === null) return "—";
  return `${daysFormat.format(days)} ${days === 1 ? "day" : "days"}`;
}

/** A week by its Monday: "3 Mar", or "3 Mar 2026" where the year matters. */
export function formatWeek(weekStart: string, withYear = false): string {
  return (withYear ? weekWithYearFormat : weekFormat).format(new Date(`${weekStart}T00:00:00Z`));
}

/** Honest numbers: every share says what it is a share of, and small samples say so. */
export function isSmallSample(size: number): boolean {
  return size > 0 && size < smallSampleSize;
}

export const progressStageLabels: Record<ProgressStage, string> = {
  wishlist: "Wishlist",
  applied: "Applied",
  screening: "Screening",
  interviewing: "Interviewing",
  offer: "Offer",
  accepted: "Accepted",
};
