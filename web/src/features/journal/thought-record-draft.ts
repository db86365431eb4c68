import {
  type CreateThoughtRecordRequest,
  type ThinkingTrapKey,
  type ThoughtRecord,
  type ThoughtRecordMode,
  thinkingTraps,
} from "../../../../contract/journal.ts";

/**
 * A thought record as it is being typed: every number still text, so half-typed ratings are
 * kept. The form autosaves it in this browser; `toRequest` turns it into the API's body.
 */
export interface MoodDraft {
  name: string;
  before: string;
  after: string;
}

export interface ThoughtDraft {
  mode: ThoughtRecordMode;
  situation: string;
  moods: MoodDraft[];
  thoughts: { text: string; hot: boolean }[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
  balancedBelief: string;
  traps: string[];
  /** Suggested traps set aside ("Not this one"); saved with the record so they stay set aside. */
  dismissed: string[];
  reframe: string;
  applicationId: string;
}

export type UpdateDraft = (changes: Partial<ThoughtDraft>) => void;

export const emptyDraft: ThoughtDraft = {
  mode: "quick",
  situation: "",
  moods: [{ name: "", before: "", after: "" }],
  thoughts: [{ text: "", hot: true }],
  evidenceFor: "",
  evidenceAgainst: "",
  balancedThought: "",
  balancedBelief: "",
  traps: [],
  dismissed: [],
  reframe: "",
  applicationId: "",
};

const numberText = (value: number | null) => (value === null ? "" : String(value));

export function draftFromRecord(record: ThoughtRecord): ThoughtDraft {
  return {
    mode: record.mode,
    situation: record.situation,
    moods: record.moods.length
      ? record.moods.map((mood) => ({
          name: mood.name,
          before: numberText(mood.before),
          after: numberText(mood.after),
        }))
      : emptyDraft.moods,
    thoughts: record.automaticThoughts.length ? record.automaticThoughts : emptyDraft.thoughts,
    evidenceFor: record.evidenceFor,
    evidenceAgainst: record.evidenceAgainst,
    balancedThought: record.balancedThought,
    balancedBelief: numberText(record.balancedBelief),
    traps: record.thinkingTraps,
    dismissed: record.dismissedTraps,
    reframe: record.reframe,
    applicationId: record.applicationId ?? "",
  };
}

/** The text the spiral check reads: the one thought in quick mode, every thought in the full record. */
export function thoughtText(draft: ThoughtDraft): string {
  return draft.mode === "quick" ? (draft.thoughts[0]?.text ?? "") : draft.thoughts.map((t) => t.text).join("\n");
}

/** A 0–100 rating from its input, null when blank; undefined when it is not one. */
function rating(text: string): number | null | undefined {
  if (!text.trim()) return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 100 ? value : undefined;
}

/** The API body for a draft, or null when a rating is not a whole number from 0 to 100. */
export function toRequest(draft: ThoughtDraft): CreateThoughtRecordRequest | null {
  const moods = draft.moods
    .filter((mood) => mood.name.trim() || mood.before.trim() || mood.after.trim())
    .map((mood) => ({ name: mood.name.trim(), before: rating(mood.before), after: rating(mood.after) }));
  const belief = rating(draft.balancedBelief);
  if (moods.some((mood) => mood.before === undefined || mood.after === undefined) || belief === undefined) {
    return null;
  }
  const thoughts = draft.thoughts.filter((thought) => thought.text.trim());
  const full = draft.mode === "full";
  return {
    mode: draft.mode,
    automaticThoughts: full ? thoughts : thoughts.slice(0, 1).map((t) => ({ text: t.text, hot: true })),
    thinkingTraps: draft.traps as ThinkingTrapKey[],
    // A trap confirmed later is no longer set aside.
    dismissedTraps: draft.dismissed.filter((trap) => !draft.traps.includes(trap)) as ThinkingTrapKey[],
    reframe: draft.reframe,
    applicationId: draft.applicationId || null,
    situation: draft.situation,
    moods: moods as { name: string; before: number | null; after: number | null }[],
    evidenceFor: draft.evidenceFor,
    evidenceAgainst: draft.evidenceAgainst,
    balancedThought: draft.balancedThought,
    balancedBelief: belief,
  };
}

export const trapName = (key: string) => thinkingTraps.find((trap) => trap.key === key)?.name ?? key;
