import { z } from "zod";
import { singleLine } from "./common.ts";
import { longText, pageQuery } from "./fields.ts";

/**
 * The journal's thought records (the 7-column record and its quick mode) and the spiral check:
 * gentle suggestions of thinking traps a thought may show, which the user confirms or dismisses.
 * Private: only ever shown to their writer.
 */

/** The standard thinking traps (cognitive distortions), each in plain words with a job-search example. */
export const thinkingTraps = [
  {
    key: "all_or_nothing",
    name: "All-or-nothing thinking",
    definition: "Seeing things in black and white: if it wasn't perfect, it was a failure.",
    example: "I stumbled on one question, so the whole interview was a disaster.",
  },
  {
    key: "overgeneralization",
    name: "Overgeneralization",
    definition: "Treating one event as a never-ending pattern (always, never, every time).",
    example: "I always freeze in panels.",
  },
  {
    key: "mental_filter",
    name: "Mental filter",
    definition: "Dwelling on one negative detail until it colours everything else.",
    example: "All I can think about is the pause after their last question.",
  },
  {
    key: "disqualifying_positive",
    name: "Disqualifying the positive",
    definition: "Insisting the good things don't count.",
    example: "They only invited me back because they had to fill the slots.",
  },
  {
    key: "mind_reading",
    name: "Mind reading",
    definition: "Assuming you know what others think of you, without asking.",
    example: "They must think I'm a fraud.",
  },
  {
    key: "fortune_telling",
    name: "Fortune telling",
    definition: "Predicting that things will turn out badly, as if it were a fact.",
    example: "No one will ever hire me.",
  },
  {
    key: "catastrophizing",
    name: "Catastrophizing",
    definition: "Blowing a setback up into a disaster (and shrinking your own strengths).",
    example: "This rejection ruined everything; my career is over.",
  },
  {
    key: "emotional_reasoning",
    name: "Emotional reasoning",
    definition: "Taking a feeling as proof: I feel it, so it must be true.",
    example: "I feel like an impostor, so I must be one.",
  },
  {
    key: "should_statements",
    name: "Should statements",
    definition: "Holding yourself to rigid rules (should, must, have to) and feeling bad when you miss them.",
    example: "I should have had a perfect answer.",
  },
  {
    key: "labeling",
    name: "Labeling",
    definition: "Turning one event into a label for your whole self.",
    example: "I bombed it, I'm unhirable.",
  },
  {
    key: "personalization",
    name: "Personalization",
    definition: "Blaming yourself for things that were mostly outside your control.",
    example: "They went with someone else, and it's all my fault.",
  },
] as const;

export type ThinkingTrapKey = (typeof thinkingTraps)[number]["key"];
export const thinkingTrapKeys = thinkingTraps.map((trap) => trap.key) as [ThinkingTrapKey, ...ThinkingTrapKey[]];
export const thinkingTrapKey = z.enum(thinkingTrapKeys, { message: "must be one of the thinking traps" });

export const thoughtRecordModes = ["full", "quick"] as const;
export type ThoughtRecordMode = (typeof thoughtRecordModes)[number];

const percent = z
  .number({ message: "must be a whole number from 0 to 100" })
  .int("must be a whole number from 0 to 100")
  .min(0, "must be at least 0")
  .max(100, "must be at most 100");

export const moodRating = z.strictObject({
  name: singleLine(60),
  before: percent.nullable(),
  after: percent.nullable(),
});
export type MoodRating = z.infer<typeof moodRating>;

export const automaticThought = z.strictObject({
  text: longText(2000),
  hot: z.boolean(),
});
export type AutomaticThought = z.infer<typeof automaticThought>;

export const thoughtRecord = z.object({
  id: z.string(),
  mode: z.enum(thoughtRecordModes),
  situation: z.string(),
  moods: z.array(
    z.object({ name: z.string(), before: z.number().int().nullable(), after: z.number().int().nullable() }),
  ),
  automaticThoughts: z.array(z.object({ text: z.string(), hot: z.boolean() })),
  evidenceFor: z.string(),
  evidenceAgainst: z.string(),
  balancedThought: z.string(),
  balancedBelief: z.number().int().nullable(),
  thinkingTraps: z.array(z.string()),
  /** Suggested traps the user set aside for this record; the spiral check does not offer them again. */
  dismissedTraps: z.array(z.string()),
  reframe: z.string(),
  applicationId: z.string().nullable(),
  interviewId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ThoughtRecord = z.infer<typeof thoughtRecord>;
export const thoughtRecordList = z.object({ items: z.array(thoughtRecord), nextCursor: z.string().nullable() });
export type ThoughtRecordList = z.infer<typeof thoughtRecordList>;

/** A set of thinking-trap keys, each at most once. */
const trapKeyList = z
  .array(thinkingTrapKey)
  .max(thinkingTraps.length, "must list each trap at most once")
  .refine((keys) => new Set(keys).size === keys.length, "must list each trap at most once");

const maybeId = z.uuid({ message: "must be an id (UUID)" }).nullable().optional();

const thoughtRecordFields = {
  mode: z.enum(thoughtRecordModes, { message: "must be full or quick" }).optional(),
  situation: longText(5000).optional(),
  moods: z.array(moodRating).max(10, "must have at most 10 moods").optional(),
  automaticThoughts: z
    .array(automaticThought)
    .max(10, "must have at most 10 thoughts")
    .refine((items) => items.filter((item) => item.hot).length <= 1, "may have at most one hot thought")
    .optional(),
  evidenceFor: longText(5000).optional(),
  evidenceAgainst: longText(5000).optional(),
  balancedThought: longText(5000).optional(),
  balancedBelief: percent.nullable().optional(),
  thinkingTraps: trapKeyList.optional(),
  dismissedTraps: trapKeyList.optional(),
  reframe: longText(5000).optional(),
  applicationId: maybeId,
  interviewId: maybeId,
};

/** Every field optional: an empty record is a valid start. */
export const createThoughtRecordRequest = z.strictObject(thoughtRecordFields);
export type CreateThoughtRecordRequest = z.infer<typeof createThoughtRecordRequest>;

export const updateThoughtRecordRequest = z
  .strictObject(thoughtRecordFields)
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["situation"] });
export type UpdateThoughtRecordRequest = z.infer<typeof updateThoughtRecordRequest>;

export const thoughtRecordListQuery = z.strictObject({ ...pageQuery });

/** The spiral check: a thought's text in, gentle suggestions out. */
export const spiralCheckRequest = z.strictObject({ text: longText(5000) });
export const spiralSuggestion = z.object({
  trap: thinkingTrapKey,
  /** The words in the thought that prompted the suggestion, as written. */
  matched: z.string(),
  /** Why, in plain words: a suggestion to consider, never a diagnosis. */
  explanation: z.string(),
});
export type SpiralSuggestion = z.infer<typeof spiralSuggestion>;
export const spiralCheckResponse = z.object({ suggestions: z.array(spiralSuggestion) });
export type SpiralCheckResponse = z.infer<typeof spiralCheckResponse>;
