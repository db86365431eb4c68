import type { BalanceWeek } from "../../../../contract/wellbeing.ts";
import { gentleNote, jobSearchEstimates, jobSearchShare, nearlyAllJobSearch } from "./balance.ts";

/** The feelings of a log, stored as a JSON list; anything unreadable counts as none. */
export function parseFeelings(raw: string): string[] {
  try {
    const value = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** What one week's balance is computed from: the rows already narrowed to the week. */
export interface WeekInput {
  start: string;
  end: string;
  interviews: { duration_minutes: number | string }[];
  records: { applications: number; debriefs: number; prep: number; messages: number };
  manual: { minutes: number | string }[];
  logs: { activity_id: string; activity_name: string; minutes: number | string | null; feelings: string }[];
  dismissed: boolean;
}

/**
 * The week's balance: job-search minutes by source (each estimate named), logged activity
 * minutes, the job-search share, what made the person feel capable, and the gentle note.
 */
export function summariseWeek(input: WeekInput): BalanceWeek {
  const { interviews, records, manual, logs, dismissed } = input;
  const estimated = (key: keyof typeof jobSearchEstimates, count: number) => ({
    key,
    label: jobSearchEstimates[key].label,
    count,
    minutesEach: jobSearchEstimates[key].minutesEach,
    minutes: count * jobSearchEstimates[key].minutesEach,
  });
  const sources = [
    {
      key: "interviews",
      label: "Interviews (their scheduled length)",
      count: interviews.length,
      minutesEach: null,
      minutes: interviews.reduce((total, row) => total + Number(row.duration_minutes), 0),
    },
    estimated("applicationsAdded", records.applications),
    estimated("debriefsWritten", records.debriefs),
    estimated("prepEdited", records.prep),
    estimated("messagesSent", records.messages),
    {
      key: "manual",
      label: "Entered by hand",
      count: manual.length,
      minutesEach: null,
      minutes: manual.reduce((total, row) => total + Number(row.minutes), 0),
    },
  ];
  const jobSearchMinutes = sources.reduce((total, source) => total + source.minutes, 0);
  const activityMinutes = logs.reduce((total, row) => total + Number(row.minutes ?? 0), 0);
  const share = jobSearchShare(jobSearchMinutes, activityMinutes);
  const capable = new Map<string, { activityId: string; name: string; times: number }>();
  for (const log of logs) {
    if (!parseFeelings(log.feelings).includes("capable")) continue;
    const entry = capable.get(log.activity_id) ?? { activityId: log.activity_id, name: log.activity_name, times: 0 };
    entry.times += 1;
    capable.set(log.activity_id, entry);
  }
  return {
    weekStart: input.start,
    weekEnd: input.end,
    jobSearchMinutes,
    jobSearchSources: sources,
    activityMinutes,
    activityLogCount: logs.length,
    jobSearchShare: share,
    madeMeFeelCapable: [...capable.values()].sort((a, b) => b.times - a.times || a.name.localeCompare(b.name)),
    note: share !== null && share >= nearlyAllJobSearch && !dismissed ? gentleNote : null,
    dismissed,
  };
}
