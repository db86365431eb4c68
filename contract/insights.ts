import { z } from "zod";
import { isoDate } from "./fields.ts";

/**
 * Funnel and pace, computed from each application's stage HISTORY (not its current stage).
 *
 * The rules, so the numbers can be read without guessing:
 * - Progress stages form a chain: wishlist → applied → screening → interviewing → offer →
 *   accepted. An application has "reached" a progress stage if its history ever entered that
 *   stage or any later one (a recruiter who calls before you apply still counts as applied).
 *   An applied date also counts as having reached applied.
 * - rejected, withdrawn and ghosted are exits: they are counted on their own and do not move an
 *   application along the chain.
 * - The period (from/to) picks applications by the day they were applied to (the applied date,
 *   or else the first move into applied or later); applications never applied to count by the
 *   day they were added. Days are UTC days.
 * - Time in stage: each stay runs from entering a stage to the next stage change. Stays still
 *   open (the stage the application is in now) are left out of the median and counted apart,
 *   because they have not ended yet: counting them up to today would mix waiting with finishing.
 * - Response rate: of the applications that reached applied, the share that got any reply —
 *   reached screening or later, or were rejected. Ghosted, withdrawn and still-waiting count as
 *   no reply.
 * - Applications per week: by applied date, in weeks starting on Monday.
 */

export const progressStages = ["wishlist", "applied", "screening", "interviewing", "offer", "accepted"] as const;
export type ProgressStage = (typeof progressStages)[number];
export const exitStages = ["rejected", "withdrawn", "ghosted"] as const;
export type ExitStage = (typeof exitStages)[number];

/** Below this many, a rate or median is labelled a small sample. */
export const smallSampleSize = 10;

export const funnelQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    roleFamilyId: z.uuid({ message: "must be an id (UUID)" }).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.to < value.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
    }
  });
export type FunnelQuery = z.infer<typeof funnelQuery>;

const rate = z.number().nullable().describe("A share from 0 to 1; null when there is nothing to divide by.");

export const funnel = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable(), roleFamilyId: z.string().nullable() }),
  totals: z.object({
    /** Applications in the period, whatever stage they reached. */
    applications: z.number(),
    applied: z.number(),
    /** Applied applications that got any reply (see the rules above). */
    replied: z.number(),
    responseRate: rate,
    offers: z.number(),
    accepted: z.number(),
    /** Now in applied, screening, interviewing or offer. */
    inProgress: z.number(),
  }),
  stages: z.array(z.object({ stage: z.enum(progressStages), reached: z.number() })),
  conversions: z.array(
    z.object({
      from: z.enum(progressStages),
      to: z.enum(progressStages),
      fromCount: z.number(),
      toCount: z.number(),
      rate,
    }),
  ),
  exits: z.array(z.object({ stage: z.enum(exitStages), count: z.number() })),
  timeInStage: z.array(
    z.object({
      stage: z.enum(progressStages),
      /** Median of the finished stays, in days (one decimal); null without any. */
      medianDays: z.number().nullable(),
      finishedStays: z.number(),
      /** Stays still going on now, left out of the median. */
      openStays: z.number(),
    }),
  ),
  responseBySource: z.array(
    z.object({
      /** As the person wrote it (the most used spelling); null when no source was recorded. */
      source: z.string().nullable(),
      applied: z.number(),
      replied: z.number(),
      rate,
    }),
  ),
  weekly: z.array(z.object({ weekStart: z.string(), applied: z.number() })),
});
export type Funnel = z.infer<typeof funnel>;
