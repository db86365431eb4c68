import { describe, expect, it } from "vitest";
import {
  findingDirection,
  findingFor,
  groupEstimate,
  groupSummary,
  overallSummary,
  type RatingAggregate,
  signed,
  spreadOf,
  weeklyTrend,
} from "./direction-stats.ts";

/** The sums SQL would return for these ratings. */
const sums = (ratings: number[]): RatingAggregate => ({
  n: ratings.length,
  sum: ratings.reduce((total, rating) => total + rating, 0),
  sumOfSquares: ratings.reduce((total, rating) => total + rating * rating, 0),
});

const repeat = (rating: number, times: number) => Array.from({ length: times }, () => rating);

describe("the overall mean and spread", () => {
  it("works out mean and sample sd by hand: 2, 3, 1, −1, 0", () => {
    // n 5, sum 5, squares 4+9+1+1+0 = 15 → mean 1, variance (15 − 25/5) / 4 = 2.5.
    const spread = spreadOf(sums([2, 3, 1, -1, 0]));
    expect(spread.mean).toBe(1);
    expect(spread.sd).toBeCloseTo(Math.sqrt(2.5), 10);
    // ±1.96 · 1.5811 / √5 = ±1.3859 → [−0.39, 2.39].
    expect(overallSummary(spread, "energy")).toEqual({
      n: 5,
      mean: 1,
      estimate: 1,
      low: -0.39,
      high: 2.39,
      tooFew: false,
    });
  });

  it("clips the interval to the scale (engagement 1–5)", () => {
    // 1,1,1,1,5: mean 1.8, variance (29 − 81/5) / 4 = 3.2, ±1.96 · 1.7889 / √5 = ±1.568.
    const summary = overallSummary(spreadOf(sums([1, 1, 1, 1, 5])), "engagement");
    expect(summary).toMatchObject({ mean: 1.8, low: 1, high: 3.37 });
  });

  it("answers no debriefs with nulls, not NaN", () => {
    const spread = spreadOf(sums([]));
    expect(spread).toEqual({ n: 0, mean: null, sd: 0 });
    expect(overallSummary(spread, "energy")).toEqual({
      n: 0,
      mean: null,
      estimate: null,
      low: null,
      high: null,
      tooFew: true,
    });
    expect(groupSummary(groupEstimate(sums([]), spread, "energy")).estimate).toBeNull();
  });

  it("takes one debrief as its own mean with no spread and no interval, too few to say", () => {
    const spread = spreadOf(sums([2]));
    expect(spread).toEqual({ n: 1, mean: 2, sd: 0 });
    expect(overallSummary(spread, "energy")).toEqual({
      n: 1,
      mean: 2,
      estimate: 2,
      low: null,
      high: null,
      tooFew: true,
    });
    // Shrunk toward itself: (2 + 3·2) / 4 = 2; one rating cannot say how wide the interval is.
    const group = groupEstimate(sums([2]), spread, "energy");
    expect(group).toEqual({ n: 1, mean: 2, estimate: 2, low: null, high: null });
    expect(findingDirection(group, spread)).toBeNull();
  });

  it("collapses the interval when every rating is equal (sd 0) and finds nothing", () => {
    const all = sums(repeat(2, 5));
    const spread = spreadOf(all);
    expect(spread.sd).toBe(0);
    const group = groupEstimate(sums(repeat(2, 3)), spread, "energy");
    expect(group).toEqual({ n: 3, mean: 2, estimate: 2, low: 2, high: 2 });
    expect(Object.values(groupSummary(group)).some((value) => Number.isNaN(value))).toBe(false);
    expect(findingDirection(group, spread)).toBeNull();
  });
});

describe("a group's shrunk estimate and interval", () => {
  const overall = spreadOf(sums([2, 3, 1, -1, 0]));

  it("shrinks two great interviews toward the average and marks them too few to say", () => {
    // (2 + 3 + 3·1) / (2 + 3) = 1.6; ±1.96 · 1.5811 / √5 = ±1.3859 → [0.21, 2.99].
    const group = groupEstimate(sums([2, 3]), overall, "energy");
    expect(group.estimate).toBeCloseTo(1.6, 10);
    expect(groupSummary(group)).toEqual({ n: 2, mean: 2.5, estimate: 1.6, low: 0.21, high: 2.99, tooFew: true });
  });

  it("never lets a group under three debriefs make a finding, however far it is", () => {
    const wide = spreadOf(sums([...repeat(3, 2), ...repeat(-3, 40)]));
    const group = groupEstimate(sums(repeat(3, 2)), wide, "energy");
    expect(group.low).toBeGreaterThan(wide.mean ?? 0);
    expect(findingDirection(group, wide)).toBeNull();
  });

  it("keeps a group with no ratings of a metric (missing fields) as nulls", () => {
    const group = groupEstimate({ n: 0, sum: 0, sumOfSquares: 0 }, overall, "engagement");
    expect(groupSummary(group)).toEqual({ n: 0, mean: null, estimate: null, low: null, high: null, tooFew: true });
  });
});

describe("findings", () => {
  // Nine interviews at +3 and nine at −1: mean 1, variance (90 − 18²/18) / 17 = 72/17, sd 2.058.
  const research = sums(repeat(3, 9));
  const others = sums(repeat(-1, 9));
  const overall = spreadOf({
    n: 18,
    sum: research.sum + others.sum,
    sumOfSquares: research.sumOfSquares + others.sumOfSquares,
  });

  it("finds a group whose interval leaves out the overall mean, with the shrunk difference", () => {
    // (27 + 3·1) / 12 = 2.5; ±1.96 · 2.058 / √12 = ±1.1644 → [1.34, 3.66], clipped to 3.
    const group = groupEstimate(research, overall, "energy");
    expect(groupSummary(group)).toEqual({ n: 9, mean: 3, estimate: 2.5, low: 1.34, high: 3, tooFew: false });
    expect(findingFor({ dimension: "roleFamily", key: "r", label: "User research" }, "energy", group, overall)).toEqual(
      {
        dimension: "roleFamily",
        key: "r",
        metric: "energy",
        direction: "higher",
        difference: 1.5,
        n: 9,
        text: "Interviews for user research roles leave you more energized than your average (+1.5, 9 interviews).",
      },
    );
  });

  it("finds the drained side too: (−9 + 3) / 12 = −0.5, interval up to 0.66 < 1", () => {
    const group = groupEstimate(others, overall, "energy");
    const finding = findingFor({ dimension: "format", key: "phone", label: "Phone" }, "energy", group, overall);
    expect(finding?.text).toBe("Interviews by phone leave you more drained than your average (−1.5, 9 interviews).");
  });

  it("needs the interval to leave out the mean: three at +3 among the same spread are not enough", () => {
    // (9 + 3) / 6 = 2; ±1.96 · 2.058 / √6 = ±1.647 → low 0.35 < 1.
    const group = groupEstimate(sums(repeat(3, 3)), overall, "energy");
    expect(findingDirection(group, overall)).toBeNull();
  });

  // The same shape on the engagement scale: nine at 5 and nine at 1, mean 3, the same sd.
  const absorbed = sums(repeat(5, 9));
  const bored = sums(repeat(1, 9));
  const engagement = spreadOf({ n: 18, sum: 54, sumOfSquares: absorbed.sumOfSquares + bored.sumOfSquares });

  it.each([
    ["roleFamily", "UX design", "Interviews for UX design roles"],
    ["tag", "mission", "Interviews tagged “mission”"],
    ["company", "Fernleaf", "Interviews at Fernleaf"],
    ["companySize", "11–50 people", "Interviews at companies of 11–50 people"],
    ["interviewKind", "Panel", "Panel interviews"],
    ["interviewer", "Alex Berg", "Interviews with Alex Berg"],
  ] as const)("words the %s dimension: %s", (dimension, label, subject) => {
    // (45 + 3·3) / 12 = 4.5, interval from 3.34: higher by 1.5.
    const group = groupEstimate(absorbed, engagement, "engagement");
    const finding = findingFor({ dimension, key: "k", label }, "engagement", group, engagement);
    expect(finding?.text).toBe(`${subject} leave you more absorbed than your average (+1.5, 9 interviews).`);
  });

  it("words less engagement, on video and on-site", () => {
    // (9 + 3·3) / 12 = 1.5, interval up to 2.66 < 3.
    const group = groupEstimate(bored, engagement, "engagement");
    expect(groupSummary(group)).toMatchObject({ estimate: 1.5, low: 1, high: 2.66 });
    const video = findingFor({ dimension: "format", key: "video", label: "Video" }, "engagement", group, engagement);
    expect(video?.text).toBe("Interviews on video leave you less engaged than your average (−1.5, 9 interviews).");
    const onSite = findingFor(
      { dimension: "format", key: "on_site", label: "On-site" },
      "engagement",
      group,
      engagement,
    );
    expect(onSite?.text.startsWith("Interviews on-site leave you less engaged")).toBe(true);
  });

  it("signs differences with a plus or a real minus", () => {
    expect([signed(1.44), signed(-0.8), signed(0)]).toEqual(["+1.4", "−0.8", "+0.0"]);
  });
});

describe("the weekly trend", () => {
  it("buckets days into Monday-start UTC weeks, oldest first, with each week's means", () => {
    const trend = weeklyTrend([
      { day: "2026-03-09", debriefs: 1, energy: { n: 1, sum: -2 }, engagement: { n: 0, sum: 0 } },
      // Monday and the Sunday after it are the same week.
      { day: "2026-03-02", debriefs: 2, energy: { n: 2, sum: 3 }, engagement: { n: 1, sum: 4 } },
      { day: "2026-03-08", debriefs: 1, energy: { n: 1, sum: 2 }, engagement: { n: 1, sum: 5 } },
    ]);
    expect(trend).toEqual([
      // (3 + 2) / 3 = 1.67; (4 + 5) / 2 = 4.5.
      { weekStart: "2026-03-02", n: 3, energyMean: 1.67, engagementMean: 4.5 },
      { weekStart: "2026-03-09", n: 1, energyMean: -2, engagementMean: null },
    ]);
  });

  it("is empty with no debriefs", () => {
    expect(weeklyTrend([])).toEqual([]);
  });
});
