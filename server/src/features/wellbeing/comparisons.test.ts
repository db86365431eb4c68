import { describe, expect, it } from "vitest";
import { gentleNote, jobSearchShare, nearlyAllJobSearch, weekOf } from "./balance.ts";
import { compare, type DayScore, minimumDaysEachSide } from "./comparisons.ts";

const day = (n: number) => `2026-03-${String(n).padStart(2, "0")}`;
const score = (n: number, pleasantness: number, energy: number): DayScore => ({ day: day(n), pleasantness, energy });

describe("with/without comparisons (the Bearable method)", () => {
  it("averages each side on a hand-worked example", () => {
    // Running on the 1st, 2nd, 3rd: pleasantness 2, 1, 0 → 1; energy 1, 1, -1 → 0.33
    // Without on the 4th, 5th, 6th, 7th: pleasantness -1, 0, -2, -1 → -1; energy 0, -1, -2, 1 → -0.5
    const checkIns = [
      score(1, 2, 1),
      score(2, 1, 1),
      score(3, 0, -1),
      score(4, -1, 0),
      score(5, 0, -1),
      score(6, -2, -2),
      score(7, -1, 1),
    ];
    const result = compare(checkIns, new Set([day(1), day(2), day(3), day(20)]));
    expect(result).toEqual({
      with: { days: 3, pleasantness: 1, energy: 0.33 },
      without: { days: 4, pleasantness: -1, energy: -0.5 },
      enoughDays: true,
    });
  });

  it("withholds the averages, but shows the counts, when a side has fewer than 3 days", () => {
    expect(minimumDaysEachSide).toBe(3);
    const checkIns = [score(1, 2, 2), score(2, 2, 2), score(3, -2, -2), score(4, -2, -2), score(5, -2, -2)];
    const result = compare(checkIns, new Set([day(1), day(2)]));
    expect(result).toEqual({
      with: { days: 2, pleasantness: null, energy: null },
      without: { days: 3, pleasantness: null, energy: null },
      enoughDays: false,
    });
    // Exactly 3 on each side is enough.
    const three = compare([...checkIns, score(6, 1, 1)], new Set([day(1), day(2), day(6)]));
    expect(three.enoughDays).toBe(true);
    expect(three.with).toEqual({ days: 3, pleasantness: 1.67, energy: 1.67 });
    expect(three.without).toEqual({ days: 3, pleasantness: -2, energy: -2 });
  });

  it("has nothing to compare without check-ins (factor days alone don't count)", () => {
    expect(compare([], new Set([day(1), day(2), day(3)]))).toEqual({
      with: { days: 0, pleasantness: null, energy: null },
      without: { days: 0, pleasantness: null, energy: null },
      enoughDays: false,
    });
  });

  it("cannot compare when every check-in day had the factor", () => {
    const checkIns = [score(1, 1, 1), score(2, 1, 1), score(3, 1, 1), score(4, 1, 1)];
    const result = compare(checkIns, new Set(checkIns.map((entry) => entry.day)));
    expect(result.with.days).toBe(4);
    expect(result.without.days).toBe(0);
    expect(result.enoughDays).toBe(false);
    expect(result.with.pleasantness).toBeNull();
  });
});

describe("weekly balance arithmetic", () => {
  it("computes the job-search share on hand-worked examples", () => {
    expect(jobSearchShare(0, 0)).toBeNull();
    expect(jobSearchShare(270, 30)).toBe(0.9); // 270 / 300
    expect(jobSearchShare(100, 200)).toBe(0.33);
    expect(jobSearchShare(0, 60)).toBe(0);
    expect(jobSearchShare(60, 0)).toBe(1);
    expect(nearlyAllJobSearch).toBe(0.9);
    expect(gentleNote).not.toMatch(/should|must|too much|fail/i);
  });

  it("finds the Monday-to-Sunday week of a day", () => {
    expect(weekOf("2026-03-04")).toEqual({ start: "2026-03-02", end: "2026-03-08" }); // a Wednesday
    expect(weekOf("2026-03-02")).toEqual({ start: "2026-03-02", end: "2026-03-08" }); // Monday
    expect(weekOf("2026-03-08")).toEqual({ start: "2026-03-02", end: "2026-03-08" }); // Sunday
    expect(weekOf("2026-01-01")).toEqual({ start: "2025-12-29", end: "2026-01-04" }); // across a year
  });
});
