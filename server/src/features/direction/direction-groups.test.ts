import { describe, expect, it } from "vitest";
import type { GroupSums } from "./direction.repo.ts";
import { breakdownsAndFindings, companySizeLabel, maxGroupsPerBreakdown } from "./direction-groups.ts";
import { spreadOf } from "./direction-stats.ts";

/** A row as the repository returns it: `n` debriefs all rated `energy`. */
function row(key: string | null, label: string | null, n: number, energy: number): GroupSums {
  return {
    key,
    label,
    debriefs: n,
    energy: { n, sum: n * energy, sumOfSquares: n * energy * energy },
    engagement: { n: 0, sum: 0, sumOfSquares: 0 },
  };
}

// Nine at +3 and nine at −1 overall: mean 1, sd 2.058 (worked out in direction-stats.test.ts).
const overall = {
  energy: spreadOf({ n: 18, sum: 18, sumOfSquares: 90 }),
  engagement: spreadOf({ n: 0, sum: 0, sumOfSquares: 0 }),
};

describe("breakdowns and findings from summed rows", () => {
  it("counts a group's feeling words across its stored lists", () => {
    const { breakdowns } = breakdownsAndFindings(
      [{ dimension: "tag", rows: [row("mission", "mission", 5, 2.2)] }],
      overall,
      [
        {
          dimension: "tag",
          rows: [
            { key: "mission", feelings: '["energized","curious"]', debriefs: 2 },
            { key: "mission", feelings: '["curious"]', debriefs: 1 },
            // A word no longer on the list, and a malformed value, are left out.
            { key: "mission", feelings: '["retired-word"]', debriefs: 1 },
            { key: "mission", feelings: "not json", debriefs: 1 },
            // Another group's words are not this group's.
            { key: "remote", feelings: '["flat"]', debriefs: 4 },
          ],
        },
      ],
    );
    const [group] = breakdowns[0]?.groups ?? [];
    expect(group?.energy).toMatchObject({ n: 5, mean: 2.2, tooFew: false });
    expect(group?.topFeelings).toEqual([
      { word: "curious", count: 3 },
      { word: "energized", count: 2 },
    ]);
  });

  it("names the unset group and never makes it a finding", () => {
    const { breakdowns, findings } = breakdownsAndFindings(
      [
        { dimension: "roleFamily", rows: [row(null, null, 9, 3)] },
        { dimension: "companySize", rows: [row(null, null, 9, 3), row("1001-5000", "1001-5000", 1, 0)] },
      ],
      overall,
    );
    expect(breakdowns.map((breakdown) => breakdown.groups.map((group) => [group.key, group.label]))).toEqual([
      [["none", "No role family"]],
      [
        ["none", "Size not set"],
        ["1001-5000", "1,001–5,000 people"],
      ],
    ]);
    expect(findings).toEqual([]);
  });

  it("keeps a tag that happens to be called “none” as a tag", () => {
    const { breakdowns, findings } = breakdownsAndFindings(
      [{ dimension: "tag", rows: [row("none", "none", 9, 3)] }],
      overall,
    );
    expect(breakdowns[0]?.groups[0]).toMatchObject({ key: "none", label: "none" });
    expect(findings[0]?.text).toBe(
      "Interviews tagged “none” leave you more energized than your average (+1.5, 9 interviews).",
    );
  });

  it("shows the largest groups, and a smaller one still when a finding names it", () => {
    const rows = Array.from({ length: 30 }, (_, index) => row(`c${index}`, `Company ${index}`, 40 - index, 1));
    // Smallest of all, but far from the average: (9·3 + 3) / 12 = 2.5, a finding.
    rows.push(row("small", "Small Co", 9, 3));
    const { breakdowns, findings } = breakdownsAndFindings([{ dimension: "company", rows }], overall);
    const keys = breakdowns[0]?.groups.map((group) => group.key) ?? [];
    expect(keys).toHaveLength(maxGroupsPerBreakdown + 1);
    expect(keys.slice(0, 3)).toEqual(["c0", "c1", "c2"]);
    expect(keys.at(-1)).toBe("small");
    expect(findings.map((finding) => [finding.key, finding.text])).toEqual([
      ["small", "Interviews at Small Co leave you more energized than your average (+1.5, 9 interviews)."],
    ]);
  });

  it("labels company sizes in words", () => {
    expect(["1-10", "201-1000", "5001+"].map(companySizeLabel)).toEqual([
      "1–10 people",
      "201–1,000 people",
      "5,001+ people",
    ]);
  });
});
