import type { ApplicationStage } from "../../../../contract/applications.ts";
import { exitStages, type Funnel, progressStages } from "../../../../contract/insights.ts";
import {
  type HistoryApplication,
  type HistoryChange,
  type HistorySummary,
  summarizeHistory,
} from "./application-history.ts";

export interface FunnelOptions {
  from?: string | undefined;
  to?: string | undefined;
  roleFamilyId?: string | undefined;
  /** Today as a UTC day: where the weekly series ends when no `to` is given. */
  today: string;
}

const dayMs = 86_400_000;
/** Ten years of weeks: a wider period starts the weekly series at the first application instead. */
const maxWeeks = 520;
const appliedIndex = progressStages.indexOf("applied");
const stagesWithStays = progressStages.filter((stage) => stage !== "accepted");
const inProgressStages: ReadonlySet<ApplicationStage> = new Set(["applied", "screening", "interviewing", "offer"]);

/**
 * Funnel, conversion, time in stage, response rate by source and applications per week for
 * the applications in the period. The rules are in contract/insights.ts; this is pure
 * arithmetic over rows already loaded, so it is unit-tested with hand-made histories.
 */
export function computeFunnel(
  applications: readonly HistoryApplication[],
  changes: readonly HistoryChange[],
  options: FunnelOptions,
): Funnel {
  const changesByApplication = new Map<string, HistoryChange[]>();
  for (const change of changes) {
    const list = changesByApplication.get(change.applicationId);
    if (list) list.push(change);
    else changesByApplication.set(change.applicationId, [change]);
  }
  const inPeriod = applications
    .map((application) => summarizeHistory(application, changesByApplication.get(application.id) ?? []))
    .filter(
      (summary) =>
        (!options.from || summary.periodDay >= options.from) && (!options.to || summary.periodDay <= options.to),
    );

  const reached = progressStages.map((_, index) => inPeriod.filter((summary) => summary.furthest >= index).length);
  const applied = inPeriod.filter((summary) => summary.furthest >= appliedIndex);
  const replied = applied.filter((summary) => summary.replied).length;

  return {
    period: { from: options.from ?? null, to: options.to ?? null, roleFamilyId: options.roleFamilyId ?? null },
    totals: {
      applications: inPeriod.length,
      applied: applied.length,
      replied,
      responseRate: share(replied, applied.length),
      offers: reached[progressStages.indexOf("offer")] ?? 0,
      accepted: reached[progressStages.indexOf("accepted")] ?? 0,
      inProgress: inPeriod.filter((summary) => inProgressStages.has(summary.currentStage)).length,
    },
    stages: progressStages.map((stage, index) => ({ stage, reached: reached[index] ?? 0 })),
    conversions: progressStages.slice(1).map((to, index) => {
      const fromCount = reached[index] ?? 0;
      const toCount = reached[index + 1] ?? 0;
      return { from: progressStages[index] ?? "wishlist", to, fromCount, toCount, rate: share(toCount, fromCount) };
    }),
    exits: exitStages.map((stage) => ({
      stage,
      count: inPeriod.filter((summary) => summary.exits.has(stage)).length,
    })),
    timeInStage: timeInStage(inPeriod),
    responseBySource: responseBySource(applied),
    weekly: weekly(applied, options),
  };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeInStage(summaries: readonly HistorySummary[]): Funnel["timeInStage"] {
  const finished = new Map<ApplicationStage, number[]>();
  const open = new Map<ApplicationStage, number>();
  for (const summary of summaries) {
    for (const stay of summary.stays) {
      if (stay.leftAt === null) open.set(stay.stage, (open.get(stay.stage) ?? 0) + 1);
      else {
        const days = (Date.parse(stay.leftAt) - Date.parse(stay.enteredAt)) / dayMs;
        const list = finished.get(stay.stage);
        if (list) list.push(days);
        else finished.set(stay.stage, [days]);
      }
    }
  }
  return stagesWithStays.map((stage) => {
    const days = finished.get(stage) ?? [];
    const middle = median(days);
    return {
      stage,
      medianDays: middle === null ? null : Math.round(middle * 10) / 10,
      finishedStays: days.length,
      openStays: open.get(stage) ?? 0,
    };
  });
}

/** Groups sources case-insensitively ("LinkedIn" and "linkedin" are one), named by the most used spelling. */
function responseBySource(applied: readonly HistorySummary[]): Funnel["responseBySource"] {
  const groups = new Map<string, { spellings: Map<string, number>; applied: number; replied: number }>();
  for (const summary of applied) {
    const spelling = summary.source?.trim() ?? "";
    const key = spelling.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { spellings: new Map(), applied: 0, replied: 0 };
      groups.set(key, group);
    }
    group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
    group.applied += 1;
    if (summary.replied) group.replied += 1;
  }
  return [...groups.entries()]
    .map(([key, group]) => ({
      source: key === "" ? null : ([...group.spellings.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key),
      applied: group.applied,
      replied: group.replied,
      rate: share(group.replied, group.applied),
    }))
    .sort(
      (a, b) =>
        Number(a.source === null) - Number(b.source === null) ||
        b.applied - a.applied ||
        String(a.source).localeCompare(String(b.source)),
    );
}

/** The Monday on or before a day, as YYYY-MM-DD. */
export function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
}

/** Every week from the period's start (or the first application) to its end (or today), empty ones too. */
function weekly(applied: readonly HistorySummary[], options: FunnelOptions): Funnel["weekly"] {
  const counts = new Map<string, number>();
  for (const summary of applied) {
    if (!summary.appliedDay) continue;
    const week = weekStart(summary.appliedDay);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const weeks = [...counts.keys()].sort();
  const firstWeek = weeks[0];
  const lastWeek = weeks.at(-1);
  if (!options.from && !firstWeek) return [];
  const weekTime = (day: string) => Date.parse(`${weekStart(day)}T00:00:00Z`);
  let start = weekTime(options.from ?? firstWeek ?? options.today);
  let end = weekTime(options.to ?? (lastWeek && lastWeek > options.today ? lastWeek : options.today));
  // A period of decades would be a chart of empty weeks: keep to the weeks that have applications.
  if ((end - start) / (7 * dayMs) > maxWeeks) {
    if (!firstWeek || !lastWeek) return [];
    start = Math.max(start, weekTime(firstWeek));
    end = Math.min(end, weekTime(lastWeek));
  }
  const series: Funnel["weekly"] = [];
  for (let time = start; time <= end; time += 7 * dayMs) {
    const week = new Date(time).toISOString().slice(0, 10);
    series.push({ weekStart: week, applied: counts.get(week) ?? 0 });
  }
  return series;
}
