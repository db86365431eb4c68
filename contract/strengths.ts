import { z } from "zod";
import { singleLine } from "./common.ts";
import { httpUrl, isoDate, longText, pageQuery } from "./fields.ts";

/**
 * Strengths and wins: remembering what I have to offer. A strength carries evidence (a story,
 * a quote from feedback, a finished project); a win is small or large, about the job search or
 * about the rest of life. Private: only ever shown to their owner.
 */

export const evidenceKinds = ["story", "feedback_quote", "project", "other"] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];
const kindField = z.enum(evidenceKinds, { message: "must be story, feedback_quote, project or other" });

export const winSizes = ["small", "large"] as const;
export type WinSize = (typeof winSizes)[number];
const sizeField = z.enum(winSizes, { message: "must be small or large" });

export const strengthEvidence = z.object({
  id: z.string(),
  strengthId: z.string(),
  kind: kindField,
  text: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
});
export type StrengthEvidence = z.infer<typeof strengthEvidence>;

export const strength = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  position: z.number().int(),
  evidence: z.array(strengthEvidence),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Strength = z.infer<typeof strength>;
export const strengthList = z.object({ items: z.array(strength) });

const name = singleLine(120).pipe(z.string().min(1, "must not be empty"));
const position = z
  .number({ message: "must be a whole number" })
  .int("must be a whole number")
  .min(0, "must not be negative")
  .max(10_000, "must be at most 10000");

export const createStrengthRequest = z.strictObject({
  name,
  description: longText(2000).optional(),
  position: position.optional(),
});
export type CreateStrengthRequest = z.infer<typeof createStrengthRequest>;

export const updateStrengthRequest = z
  .strictObject({ name: name.optional(), description: longText(2000).optional(), position: position.optional() })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["name"] });
export type UpdateStrengthRequest = z.infer<typeof updateStrengthRequest>;

export const createEvidenceRequest = z.strictObject({
  kind: kindField.optional(),
  text: longText(5000).pipe(z.string().trim().min(1, "must not be empty")),
  link: z.union([z.literal("").transform(() => null), z.null(), httpUrl]).optional(),
});
export type CreateEvidenceRequest = z.infer<typeof createEvidenceRequest>;

export const win = z.object({
  id: z.string(),
  title: z.string(),
  notes: z.string(),
  size: sizeField,
  jobRelated: z.boolean(),
  happenedOn: z.string(),
  strengthId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Win = z.infer<typeof win>;
export const winList = z.object({ items: z.array(win), nextCursor: z.string().nullable() });

const title = singleLine(200).pipe(z.string().min(1, "must not be empty"));
const maybeStrength = z.uuid({ message: "must be an id (UUID)" }).nullable().optional();

export const createWinRequest = z.strictObject({
  title,
  notes: longText(5000).optional(),
  size: sizeField.optional(),
  jobRelated: z.boolean({ message: "must be true or false" }).optional(),
  /** Defaults to today (UTC). */
  happenedOn: isoDate.optional(),
  strengthId: maybeStrength,
});
export type CreateWinRequest = z.infer<typeof createWinRequest>;

export const updateWinRequest = z
  .strictObject({
    title: title.optional(),
    notes: longText(5000).optional(),
    size: sizeField.optional(),
    jobRelated: z.boolean({ message: "must be true or false" }).optional(),
    happenedOn: isoDate.optional(),
    strengthId: maybeStrength,
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["title"] });
export type UpdateWinRequest = z.infer<typeof updateWinRequest>;

export const winListQuery = z.strictObject({ ...pageQuery });
export type WinListQuery = z.infer<typeof winListQuery>;

/**
 * "Remember": one strength with one piece of its evidence, or one recent win, chosen by the
 * day so it varies from day to day but stays put within a day. Null when there is nothing yet.
 */
export const reminder = z.object({
  day: z.string(),
  reminder: z
    .discriminatedUnion("type", [
      z.object({
        type: z.literal("strength"),
        strength: z.object({ id: z.string(), name: z.string(), description: z.string() }),
        evidence: strengthEvidence.nullable(),
      }),
      z.object({ type: z.literal("win"), win }),
    ])
    .nullable(),
});
export type Reminder = z.infer<typeof reminder>;
export const reminderQuery = z.strictObject({ day: isoDate.optional() });
