import { describe, expect, it } from "vitest";
import type { CalibrationOutcome } from "../../../../contract/direction.ts";
import { calibrationOf, outcomeOf, type RatedOutcomeCount } from "./calibration-stats.ts";

/** Counts written as { rating: { outcome: count } }. */
function counts(table: Record<number, Partial<Record<CalibrationOutcome, number>>>): RatedOutcomeCount[] {
  return Object.entries(table).flatMap(([rating, outcomes]) =>
    Object.entries(outcomes).map(([outcome, count]) => ({
      rating: Number(rating),
      outcome: outcome as CalibrationOutcome,
      count: count ?? 0,
    })),
  );
}

describe("an interview's outcome", () => {
  it("advances when a later interview followed, whatever the application's end", () => {
    expect(outcomeOf({ hasLaterInterview: true, reachedOffer: false, stage: "rejected" })).toBe("advanced");
  });

  it("advances when the application reached an offer, even if she withdrew after it", () => {
    expect(outcomeOf({ hasLaterInterview: false, reachedOffer: true, stage: "withdrawn" })).toBe("advanced");
    expect(outcomeOf({ hasLaterInterview: false, reachedOffer: false, stage: "offer" })).toBe("advanced");
  });

  it("otherwise follows how the application ended", () => {
    const last = (stage: "rejected" | "ghosted" | "withdrawn" | "interviewing") =>
      outcomeOf({ hasLaterInterview: false, reachedOffer: false, stage });
    expect([last("rejected"), last("ghosted"), last("withdrawn"), last("interviewing")]).toEqual([
      "rejected",
      "noReply",
      "withdrew",
      "pending",
    ]);
  });
});

describe("calibration", () => {
  it("works out the rates by hand and says them plainly", () => {
    const calibration = calibrationOf(
      counts({
        1: { advanced: 1, rejected: 2 },
        2: { rejected: 3, noReply: 1 },
        3: { advanced: 2, pending: 1 },
        4: { advanced: 5, rejected: 3, noReply: 1, withdrew: 1 },
        5: { advanced: 6, rejected: 2, noReply: 3, pending: 2 },
      }),
    );
    expect(calibration.rows[3]).toEqual({
      rating: 4,
      advanced: 5,
      rejected: 3,
      noReply: 1,
      withdrew: 1,
      pending: 0,
      total: 10,
    });
    // Rated 4–5: decided (5+3+1) + (6+2+3) = 20, advanced 11 → 0.55; withdrew and pending left out.
    expect(calibration.wentWell).toEqual({ decided: 20, advanced: 11, rate: 0.55 });
    // Rated 1–2: decided 3 + 4 = 7, advanced 1 → 0.14.
    expect(calibration.wentBadly).toEqual({ decided: 7, advanced: 1, rate: 0.14 });
    expect(calibration.overall).toEqual({ decided: 29, advanced: 14, rate: 0.48 });
    expect(calibration.wentWellButRejected).toBe(9);
    expect(calibration.sentence).toBe(
      "You rated 9 interviews 4–5 that ended in a rejection or no reply; your “went well” predicts advancing " +
        "55% of the time (11 of 20). Interviews you rated 1–2 advanced 14% of the time (1 of 7).",
    );
  });

  it("lists every rating 1–5, zeros included, and has no sentence with no debriefs", () => {
    const calibration = calibrationOf([]);
    expect(calibration.rows.map((row) => [row.rating, row.total])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
    ]);
    expect(calibration.wentWell).toEqual({ decided: 0, advanced: 0, rate: null });
    expect(calibration.sentence).toBeNull();
  });

  it("has no sentence while every outcome is still open or withdrawn", () => {
    expect(calibrationOf(counts({ 5: { pending: 3 }, 2: { withdrew: 1 } })).sentence).toBeNull();
  });

  it("says so kindly when nothing rated 4–5 has an outcome yet", () => {
    const calibration = calibrationOf(counts({ 5: { pending: 2 }, 3: { advanced: 1, rejected: 1 } }));
    expect(calibration.sentence).toBe(
      "None of the interviews you rated 4–5 has an outcome yet; of the 2 interviews with one, 1 led to a next step (50%).",
    );
  });

  it("names the kind of ending and leaves out the 1–2 part when there is none", () => {
    expect(calibrationOf(counts({ 4: { rejected: 1, advanced: 1 } })).sentence).toBe(
      "You rated 1 interview 4–5 that ended in a rejection; your “went well” predicts advancing 50% of the time (1 of 2).",
    );
    expect(
      calibrationOf(counts({ 5: { noReply: 2, advanced: 2 } })).sentence?.startsWith(
        "You rated 2 interviews 4–5 that ended in no reply;",
      ),
    ).toBe(true);
    expect(calibrationOf(counts({ 5: { advanced: 3 } })).sentence).toBe(
      "Your “went well” predicts advancing 100% of the time (3 of 3).",
    );
  });

  it("ignores ratings off the scale", () => {
    expect(calibrationOf(counts({ 0: { advanced: 4 }, 6: { rejected: 1 } })).overall.decided).toBe(0);
  });
});
