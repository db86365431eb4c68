import {
  type DebriefSummary,
  energyLabels,
  engagementLabels,
  type FeelingWord,
  feelingWordLabels,
  wentWellLabels,
} from "../../../../contract/debrief-ratings.ts";

/** The debrief page of an interview. */
export const debriefPath = (interviewId: string) => `/interviews/${encodeURIComponent(interviewId)}/debrief`;

/** An ended interview with no debrief yet: the one case where "Debrief now" is offered. */
export function needsDebrief(interview: { endsAt: string; debrief: DebriefSummary | null }, now = Date.now()): boolean {
  return interview.debrief === null && Date.parse(interview.endsAt) <= now;
}

/** "+2", "0", "−3": a true minus sign, and a plus so the scale's middle reads as zero. */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return "0";
}

/** "+2 Energized". */
export function energyText(energy: number): string {
  return `${signed(energy)} ${energyLabels[energy] ?? ""}`.trim();
}

/** "4 of 5, Engaged". */
export function engagementText(engagement: number): string {
  return `${engagement} of 5, ${engagementLabels[engagement] ?? ""}`;
}

/** "Well (4 of 5)". */
export function wentWellText(wentWell: number): string {
  return `${wentWellLabels[wentWell] ?? ""} (${wentWell} of 5)`;
}

/** The listed words by their labels, then the person's own, as they wrote them. */
export function feelingsText(feelings: readonly FeelingWord[], ownFeelings: readonly string[]): string[] {
  return [...feelings.map((word) => feelingWordLabels[word]), ...ownFeelings];
}
