import { type FeelingWord, feelingWords } from "../../../../contract/debrief-ratings.ts";
import {
  type DirectionBreakdown,
  type DirectionDimension,
  type DirectionFinding,
  type DirectionGroup,
  type DirectionMetric,
  directionDimensionLabels,
  directionMethod,
  directionMetrics,
} from "../../../../contract/direction.ts";
import { interviewFormatLabels, interviewKindLabels } from "../../../../contract/interviews.ts";
import { parseFeelingWords } from "../debriefs/debrief-words.ts";
import type { GroupFeelings, GroupSums } from "./direction.repo.ts";
import {
  addAggregates,
  emptyAggregate,
  findingFor,
  type GroupEstimate,
  groupEstimate,
  groupSummary,
  type RatingAggregate,
  type Spread,
} from "./direction-stats.ts";

/**
 * Turns the summed rows of each dimension into the breakdowns and findings of the page: groups
 * labelled, shrunk and sorted largest first (rankGroups); then, for the groups shown, the
 * feeling words their debriefs chose most (withFeelings).
 */

/** Shown per breakdown: a heavy searcher has hundreds of companies, a page needs the largest. */
export const maxGroupsPerBreakdown = 12;
/** Findings at the top of the page, the best supported first. */
export const maxFindings = 5;

/** The key of the unset group (no role family, no company, no size). */
export const noneKey = "none";
const noneLabels: Partial<Record<DirectionDimension, string>> = {
  roleFamily: "No role family",
  company: "No company",
  companySize: "Size not set",
};

/** "1001-5000" → "1,001–5,000 people". */
export function companySizeLabel(band: string): string {
  const grouped = band.replace(/\d{4,}/g, (digits) => Number(digits).toLocaleString("en-US"));
  return `${grouped.replace("-", "–")} people`;
}

function labelOf(dimension: DirectionDimension, key: string | null, label: string | null): string {
  if (key === null) return noneLabels[dimension] ?? "None";
  switch (dimension) {
    case "companySize":
      return companySizeLabel(key);
    case "interviewKind":
      return interviewKindLabels[key as keyof typeof interviewKindLabels] ?? key;
    case "format":
      return interviewFormatLabels[key as keyof typeof interviewFormatLabels] ?? key;
    default:
      return label ?? key;
  }
}

interface MergedGroup {
  key: string;
  /** The group of debriefs with no value here (no role family…), keyed "none". */
  unset: boolean;
  label: string;
  debriefs: number;
  ratings: Record<DirectionMetric, RatingAggregate>;
}

/** One group per key (summing rows that share one, should a label differ). */
function merge(dimension: DirectionDimension, rows: readonly GroupSums[]): MergedGroup[] {
  const groups = new Map<string, MergedGroup>();
  for (const row of rows) {
    const key = row.key ?? noneKey;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        unset: row.key === null,
        label: labelOf(dimension, row.key, row.label),
        debriefs: 0,
        ratings: { energy: emptyAggregate, engagement: emptyAggregate },
      };
      groups.set(key, group);
    }
    group.debriefs += row.debriefs;
    group.ratings = {
      energy: addAggregates(group.ratings.energy, row.energy),
      engagement: addAggregates(group.ratings.engagement, row.engagement),
    };
  }
  return [...groups.values()];
}

/** The three most chosen words, ties in the list's order. */
function topFeelings(counts: Map<FeelingWord, number>): DirectionGroup["topFeelings"] {
  return feelingWords
    .map((word) => ({ word, count: counts.get(word) ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 3);
}

export interface Assembled {
  group: DirectionGroup;
  unset: boolean;
  debriefs: number;
  estimates: Record<DirectionMetric, GroupEstimate>;
}

/**
 * How firmly the data backs a finding: its difference in units of its interval's width, which
 * grows with √(n + k). A broad pattern (a role family over dozens of interviews) then comes
 * before a company that happens to share it over three.
 */
const strength = (finding: DirectionFinding) =>
  Math.abs(finding.difference) * Math.sqrt(finding.n + directionMethod.priorWeight);

/** The groups a breakdown shows, before their feeling words are known. */
export interface RankedBreakdown {
  dimension: DirectionDimension;
  groups: Assembled[];
}

/** Every dimension's shown groups (largest first, plus any a finding names) and the findings. */
export function rankGroups(
  sums: readonly { dimension: DirectionDimension; rows: readonly GroupSums[] }[],
  overall: Record<DirectionMetric, Spread>,
): { ranked: RankedBreakdown[]; findings: DirectionFinding[] } {
  const assembled = sums.map(({ dimension, rows }) => ({
    dimension,
    groups: merge(dimension, rows)
      .map((merged): Assembled => {
        const energy = groupEstimate(merged.ratings.energy, overall.energy, "energy");
        const engagement = groupEstimate(merged.ratings.engagement, overall.engagement, "engagement");
        return {
          unset: merged.unset,
          debriefs: merged.debriefs,
          estimates: { energy, engagement },
          group: {
            key: merged.key,
            label: merged.label,
            energy: groupSummary(energy),
            engagement: groupSummary(engagement),
            topFeelings: [],
          },
        };
      })
      .sort((a, b) => b.debriefs - a.debriefs || a.group.label.localeCompare(b.group.label)),
  }));

  const findings = assembled
    .flatMap(({ dimension, groups }) =>
      groups
        // "Interviews with no role family" is not a direction to follow.
        .filter((item) => !item.unset)
        .flatMap((item) =>
          directionMetrics.map((metric) =>
            findingFor({ dimension, ...item.group }, metric, item.estimates[metric], overall[metric]),
          ),
        ),
    )
    .filter((finding): finding is DirectionFinding => finding !== null)
    .sort((a, b) => strength(b) - strength(a) || b.n - a.n)
    .slice(0, maxFindings);

  const ranked = assembled.map(({ dimension, groups }) => {
    // The largest groups, and any group a finding names, so the page can always show its numbers.
    const named = new Set(findings.filter((finding) => finding.dimension === dimension).map((finding) => finding.key));
    return {
      dimension,
      groups: groups.filter((item, index) => index < maxGroupsPerBreakdown || named.has(item.group.key)),
    };
  });
  return { ranked, findings };
}

/** The key a group's feelings are asked for by: null for the unset group. */
export const storedKeyOf = (item: Assembled): string | null => (item.unset ? null : item.group.key);

/** The breakdowns as the API shows them, each group with its three most chosen feeling words. */
export function withFeelings(
  ranked: readonly RankedBreakdown[],
  feelingsOf: (dimension: DirectionDimension) => readonly GroupFeelings[],
): DirectionBreakdown[] {
  return ranked.map(({ dimension, groups }) => {
    const counts = new Map<string | null, Map<FeelingWord, number>>();
    for (const row of feelingsOf(dimension)) {
      const words = counts.get(row.key) ?? new Map<FeelingWord, number>();
      for (const word of new Set(parseFeelingWords(row.feelings))) {
        words.set(word, (words.get(word) ?? 0) + row.debriefs);
      }
      counts.set(row.key, words);
    }
    return {
      dimension,
      label: directionDimensionLabels[dimension],
      groups: groups.map((item) => ({
        ...item.group,
        topFeelings: topFeelings(counts.get(storedKeyOf(item)) ?? new Map()),
      })),
    };
  });
}

/** Both steps at once, for callers that already hold every group's feelings rows. */
export function breakdownsAndFindings(
  sums: readonly { dimension: DirectionDimension; rows: readonly GroupSums[] }[],
  overall: Record<DirectionMetric, Spread>,
  feelings: readonly { dimension: DirectionDimension; rows: readonly GroupFeelings[] }[] = [],
): { breakdowns: DirectionBreakdown[]; findings: DirectionFinding[] } {
  const { ranked, findings } = rankGroups(sums, overall);
  const feelingsOf = (dimension: DirectionDimension) =>
    feelings.find((entry) => entry.dimension === dimension)?.rows ?? [];
  return { breakdowns: withFeelings(ranked, feelingsOf), findings };
}
