import {
  type AeiouNotes,
  aeiouKeys,
  type Debrief,
  type FeelingWord,
  type FlowAnswer,
  feelingWords,
  flowAnswers,
  type LearningGoalAnswer,
  learningGoalAnswers,
  type SaveDebriefRequest,
} from "../../../../contract/debriefs.ts";

/** What the debrief form holds: every field of a debrief, empty when not answered. */
export interface DebriefDraft {
  energy: number | null;
  engagement: number | null;
  wentWell: number | null;
  flow: FlowAnswer | null;
  feelings: FeelingWord[];
  ownFeelings: string[];
  aeiou: AeiouNotes;
  doDifferently: string;
  learningGoalMet: LearningGoalAnswer | null;
}

export const emptyAeiou: AeiouNotes = { activities: "", environment: "", interactions: "", objects: "", users: "" };

export const emptyDraft: DebriefDraft = {
  energy: null,
  engagement: null,
  wentWell: null,
  flow: null,
  feelings: [],
  ownFeelings: [],
  aeiou: emptyAeiou,
  doDifferently: "",
  learningGoalMet: null,
};

/** The saved debrief as the form shows it (or an empty form when there is none yet). */
export function draftFromDebrief(debrief: Debrief | null): DebriefDraft {
  if (!debrief) return emptyDraft;
  return {
    energy: debrief.energy,
    engagement: debrief.engagement,
    wentWell: debrief.wentWell,
    flow: debrief.flow,
    feelings: [...debrief.feelings],
    ownFeelings: [...debrief.ownFeelings],
    aeiou: { ...emptyAeiou, ...debrief.aeiou },
    doDifferently: debrief.doDifferently,
    learningGoalMet: debrief.learningGoalMet,
  };
}

/**
 * The PUT body. It replaces the whole debrief, so the form sends everything it shows; the
 * learning-goal answer is dropped when the prep has no goal to answer about.
 */
export function requestFromDraft(draft: DebriefDraft, hasLearningGoal: boolean): SaveDebriefRequest {
  return {
    energy: draft.energy,
    engagement: draft.engagement,
    wentWell: draft.wentWell,
    flow: draft.flow,
    feelings: draft.feelings,
    ownFeelings: draft.ownFeelings,
    aeiou: draft.aeiou,
    doDifferently: draft.doDifferently,
    learningGoalMet: hasLearningGoal ? draft.learningGoalMet : null,
  };
}

export function hasRating(draft: DebriefDraft): boolean {
  return draft.energy !== null || draft.engagement !== null || draft.wentWell !== null;
}

/** Whether anything under "More (optional)" has been written, so the disclosure opens on it. */
export function hasMore(draft: DebriefDraft): boolean {
  return (
    aeiouKeys.some((key) => draft.aeiou[key].trim() !== "") ||
    draft.doDifferently.trim() !== "" ||
    draft.learningGoalMet !== null
  );
}

export function sameDraft(a: DebriefDraft, b: DebriefDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function oneOf<Value extends string>(values: readonly Value[], input: unknown): Value | null {
  return values.find((value) => value === input) ?? null;
}

/** A draft read back from this browser's storage, made whole (an older shape, or a tampered one, must not crash the form). */
export function normalizeDraft(value: unknown): DebriefDraft | null {
  if (!value || typeof value !== "object") return null;
  const raw = value as Partial<DebriefDraft>;
  const number = (input: unknown) => (typeof input === "number" && Number.isInteger(input) ? input : null);
  const text = (input: unknown) => (typeof input === "string" ? input : "");
  const strings = (input: unknown) =>
    Array.isArray(input) ? input.filter((item): item is string => typeof item === "string") : [];
  const aeiou = (raw.aeiou ?? {}) as Partial<AeiouNotes>;
  return {
    energy: number(raw.energy),
    engagement: number(raw.engagement),
    wentWell: number(raw.wentWell),
    flow: oneOf(flowAnswers, raw.flow),
    feelings: feelingWords.filter((word) => strings(raw.feelings).includes(word)),
    ownFeelings: strings(raw.ownFeelings),
    aeiou: {
      activities: text(aeiou.activities),
      environment: text(aeiou.environment),
      interactions: text(aeiou.interactions),
      objects: text(aeiou.objects),
      users: text(aeiou.users),
    },
    doDifferently: text(raw.doDifferently),
    learningGoalMet: oneOf(learningGoalAnswers, raw.learningGoalMet),
  };
}
