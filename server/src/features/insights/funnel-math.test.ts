import { describe, expect, it } from "vitest";
import type { ApplicationStage } from "../../../../contract/applications.ts";
import type { HistoryApplication, HistoryChange } from "./application-history.ts";
import { computeFunnel, median, weekStart } from "./funnel-math.ts";

/** A hand-made application: its path through the stages as [stage, "YYYY-MM-DD" or an instant]. */
function history(
  id: string,
  path: [ApplicationStage, string][],
  extra: Partial<HistoryApplication> = {},
): { application: HistoryApplication; changes: HistoryChange[] } {
  const at = (when: string) => (when.length === 10 ? `${when}T09:00:00.000Z` : when);
  const last = path.at(-1) ?? ["wishlist", "2026-01-01"];
  return {
    application: {
      id,
      source: null,
      appliedOn: null,
      createdAt: at(path[0]?.[1] ?? "2026-01-01"),
      stage: last[0],
      stageChangedAt: at(last[1]),
      ...extra,
    },
    changes: path.map(([stage, when]) => ({ applicationId: id, toStage: stage, changedAt: at(when) })),
  };
}

function funnelOf(items: ReturnType<typeof history>[], options: { from?: string; to?: string } = {}) {
  return computeFunnel(
    items.map((item) => item.application),
    // Shuffled on purpose: the math must not rely on the rows arriving in order.
    items.flatMap((item) => item.changes).reverse(),
    { ...options, today: "2026-04-01" },
  );
}

const sixApplications = () => [
  history("a", [
    ["wishlist", "2026-03-01"],
    ["applied", "2026-03-02"],
    ["screening", "2026-03-05"],
    ["interviewing", "2026-03-10"],
    ["offer", "2026-03-20"],
    ["accepted", "2026-03-22"],
  ]),
  history("b", [
    ["wishlist", "2026-03-01"],
    ["applied", "2026-03-03"],
    ["screening", "2026-03-09"],
    ["rejected", "2026-03-12"],
  ]),
  history("c", [
    ["applied", "2026-03-04"],
    ["ghosted", "2026-03-30"],
  ]),
  history("d", [["wishlist", "2026-03-06"]]),
  // Straight to interviewing: it still reached screening ("or any later progress stage").
  history("e", [
    ["applied", "2026-03-07"],
    ["interviewing", "2026-03-14"],
    ["withdrawn", "2026-03-15"],
  ]),
  // Imported as rejected: nobody is rejected without applying, and a rejection is a reply.
  history("f", [["rejected", "2026-03-08"]]),
];

describe("funnel from stage history", () => {
  it("counts how many reached each progress stage, and the conversion between them", () => {
    const result = funnelOf(sixApplications());
    expect(result.stages).toEqual([
      { stage: "wishlist", reached: 6 },
      { stage: "applied", reached: 5 },
      { stage: "screening", reached: 3 },
      { stage: "interviewing", reached: 2 },
      { stage: "offer", reached: 1 },
      { stage: "accepted", reached: 1 },
    ]);
    expect(
      result.conversions.map(({ from, to, fromCount, toCount, rate }) => [from, to, fromCount, toCount, rate]),
    ).toEqual([
      ["wishlist", "applied", 6, 5, 5 / 6],
      ["applied", "screening", 5, 3, 3 / 5],
      ["screening", "interviewing", 3, 2, 2 / 3],
      ["interviewing", "offer", 2, 1, 1 / 2],
      ["offer", "accepted", 1, 1, 1],
    ]);
    expect(result.exits).toEqual([
      { stage: "rejected", count: 2 },
      { stage: "withdrawn", count: 1 },
      { stage: "ghosted", count: 1 },
    ]);
    expect(result.totals).toEqual({
      applications: 6,
      applied: 5,
      replied: 4, // a, b, e and f; c was ghosted
      responseRate: 4 / 5,
      offers: 1,
      accepted: 1,
      inProgress: 0,
    });
  });

  it("reads the history, not the current stage", () => {
    // Went all the way to an offer, then was dragged back to wishlist by hand.
    const item = history("x", [
      ["applied", "2026-03-02"],
      ["offer", "2026-03-09"],
      ["wishlist", "2026-03-10"],
    ]);
    const result = funnelOf([item]);
    expect(result.stages.find((stage) => stage.stage === "offer")?.reached).toBe(1);
    expect(result.totals.inProgress).toBe(0);
  });

  it("counts an applied date as applied, and an application without history by its current stage", () => {
    const appliedOnly = history("p", [["wishlist", "2026-03-01"]], { appliedOn: "2026-03-03" });
    const noHistory = { ...history("q", [["screening", "2026-03-04"]]), changes: [] };
    const result = funnelOf([appliedOnly, noHistory]);
    expect(result.stages.slice(0, 3).map((stage) => stage.reached)).toEqual([2, 2, 1]);
    expect(result.weekly.find((week) => week.weekStart === "2026-03-02")?.applied).toBe(2);
    expect(result.totals.inProgress).toBe(1);
  });

  it("treats a repeated move into the same stage as one stay", () => {
    const item = history("r", [
      ["applied", "2026-03-01"],
      ["applied", "2026-03-03"],
      ["screening", "2026-03-05"],
      ["rejected", "2026-03-06"],
    ]);
    const applied = funnelOf([item]).timeInStage.find((row) => row.stage === "applied");
    expect(applied).toEqual({ stage: "applied", medianDays: 4, finishedStays: 1, openStays: 0 });
  });
});

describe("time in stage", () => {
  it("takes the median of finished stays and counts open ones apart", () => {
    const items = [
      history("a", [
        ["applied", "2026-03-01T00:00:00.000Z"],
        ["screening", "2026-03-03T00:00:00.000Z"], // 2 days in applied
      ]),
      history("b", [
        ["applied", "2026-03-01T00:00:00.000Z"],
        ["rejected", "2026-03-11T00:00:00.000Z"], // 10 days
      ]),
      history("c", [
        ["applied", "2026-03-01T00:00:00.000Z"],
        ["screening", "2026-03-05T12:00:00.000Z"], // 4.5 days
      ]),
      history("d", [["applied", "2026-03-01T00:00:00.000Z"]]), // still waiting: not in the median
    ];
    const rows = funnelOf(items).timeInStage;
    expect(rows.find((row) => row.stage === "applied")).toEqual({
      stage: "applied",
      medianDays: 4.5,
      finishedStays: 3,
      openStays: 1,
    });
    // a and c are still in screening.
    expect(rows.find((row) => row.stage === "screening")).toEqual({
      stage: "screening",
      medianDays: null,
      finishedStays: 0,
      openStays: 2,
    });
    expect(rows.map((row) => row.stage)).toEqual(["wishlist", "applied", "screening", "interviewing", "offer"]);
  });

  it("averages the two middle values for an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});

describe("response rate by source", () => {
  it("groups sources case-insensitively under the most used spelling, unrecorded last", () => {
    const items = [
      history(
        "a",
        [
          ["applied", "2026-03-02"],
          ["screening", "2026-03-04"],
        ],
        { source: "LinkedIn" },
      ),
      history(
        "b",
        [
          ["applied", "2026-03-02"],
          ["ghosted", "2026-03-30"],
        ],
        { source: "linkedin " },
      ),
      history("c", [["applied", "2026-03-02"]], { source: "LinkedIn" }),
      history(
        "d",
        [
          ["applied", "2026-03-02"],
          ["rejected", "2026-03-03"],
        ],
        { source: "Referral" },
      ),
      history("e", [["applied", "2026-03-02"]]),
      history("f", [["wishlist", "2026-03-02"]], { source: "Referral" }), // never applied: not counted
    ];
    expect(funnelOf(items).responseBySource).toEqual([
      { source: "LinkedIn", applied: 3, replied: 1, rate: 1 / 3 },
      { source: "Referral", applied: 1, replied: 1, rate: 1 },
      { source: null, applied: 1, replied: 0, rate: 0 },
    ]);
  });
});

describe("applications per week and the period", () => {
  it("buckets applied dates into Monday weeks, keeping empty weeks", () => {
    const items = [
      history("a", [["applied", "2026-03-02"]]), // Monday
      history("b", [["applied", "2026-03-08"]]), // the Sunday of the same week
      history("c", [["applied", "2026-03-18"]]),
      history("d", [["wishlist", "2026-03-03"]]), // never applied
    ];
    expect(funnelOf(items, { to: "2026-03-22" }).weekly).toEqual([
      { weekStart: "2026-03-02", applied: 2 },
      { weekStart: "2026-03-09", applied: 0 },
      { weekStart: "2026-03-16", applied: 1 },
    ]);
    // Without `to` the series runs up to today (2026-04-01, in the week of 30 March).
    expect(funnelOf(items).weekly.at(-1)).toEqual({ weekStart: "2026-03-30", applied: 0 });
  });

  it("picks applications by applied day, or by the day they were added if never applied", () => {
    const items = [
      // Added in February, applied in March: in a March period.
      history("a", [
        ["wishlist", "2026-02-20"],
        ["applied", "2026-03-02"],
      ]),
      history("b", [["wishlist", "2026-03-10"]]),
      history("c", [["applied", "2026-04-02"]]),
      history("d", [["wishlist", "2026-02-27"]]),
    ];
    const march = funnelOf(items, { from: "2026-03-01", to: "2026-03-31" });
    expect(march.totals.applications).toBe(2);
    expect(march.totals.applied).toBe(1);
    expect(march.weekly[0]).toEqual({ weekStart: "2026-02-23", applied: 0 });
    expect(march.weekly.at(-1)).toEqual({ weekStart: "2026-03-30", applied: 0 });
    expect(march.period).toEqual({ from: "2026-03-01", to: "2026-03-31", roleFamilyId: null });
  });

  it("answers an empty pipeline with zeros and no rates", () => {
    const result = funnelOf([]);
    expect(result.totals).toMatchObject({ applications: 0, applied: 0, responseRate: null });
    expect(result.conversions.every((row) => row.rate === null)).toBe(true);
    expect(result.weekly).toEqual([]);
    expect(result.responseBySource).toEqual([]);
  });

  it("finds the Monday of any day", () => {
    expect(weekStart("2026-03-02")).toBe("2026-03-02");
    expect(weekStart("2026-03-08")).toBe("2026-03-02");
    expect(weekStart("2026-01-01")).toBe("2025-12-29");
  });
});
