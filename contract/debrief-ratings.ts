import { z } from "zod";

/**
 * The scales and words of a debrief, apart from its requests so that the interview contract can
 * carry a debrief's summary without importing the debrief contract (which imports it).
 */

/** Drained (−3) ↔ energized (+3). */
export const energyScale = { min: -3, max: 3 } as const;
/** Bored (1) ↔ absorbed (5). */
export const engagementScale = { min: 1, max: 5 } as const;
/** How I think it went: badly (1) ↔ very well (5). */
export const wentWellScale = { min: 1, max: 5 } as const;

export const energyLabels: Record<number, string> = {
  [-3]: "Drained",
  [-2]: "Tired",
  [-1]: "A bit flat",
  0: "Neutral",
  1: "A bit lifted",
  2: "Energized",
  3: "Buzzing",
};
export const engagementLabels: Record<number, string> = {
  1: "Bored",
  2: "Drifting",
  3: "Interested",
  4: "Engaged",
  5: "Absorbed",
};
export const wentWellLabels: Record<number, string> = {
  1: "Badly",
  2: "Not great",
  3: "OK",
  4: "Well",
  5: "Very well",
};

/** The short list of feeling words; the person can add their own besides. */
export const feelingWords = [
  "excited",
  "energized",
  "curious",
  "confident",
  "proud",
  "calm",
  "relieved",
  "anxious",
  "exhausted",
  "flat",
  "frustrated",
  "disappointed",
] as const;
export type FeelingWord = (typeof feelingWords)[number];
export const feelingWordLabels: Record<FeelingWord, string> = {
  excited: "Excited",
  energized: "Energized",
  curious: "Curious",
  confident: "Confident",
  proud: "Proud",
  calm: "Calm",
  relieved: "Relieved",
  anxious: "Anxious",
  exhausted: "Exhausted",
  flat: "Flat / “meh”",
  frustrated: "Frustrated",
  disappointed: "Disappointed",
};

export const flowAnswers = ["yes", "no", "unsure"] as const;
export type FlowAnswer = (typeof flowAnswers)[number];
export const flowLabels: Record<FlowAnswer, string> = { yes: "Yes", no: "No", unsure: "Not sure" };

export const learningGoalAnswers = ["yes", "partly", "no"] as const;
export type LearningGoalAnswer = (typeof learningGoalAnswers)[number];
export const learningGoalLabels: Record<LearningGoalAnswer, string> = { yes: "Yes", partly: "Partly", no: "No" };

/** The ratings of a debrief, carried on each interview (lists, the application's arc). */
export const debriefSummary = z.object({
  energy: z.number().nullable(),
  engagement: z.number().nullable(),
  wentWell: z.number().nullable(),
  flow: z.enum(flowAnswers).nullable(),
  feelings: z.array(z.enum(feelingWords)),
  ownFeelings: z.array(z.string()),
  createdAt: z.string(),
});
export type DebriefSummary = z.infer<typeof debriefSummary>;
