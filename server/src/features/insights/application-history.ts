import type { ApplicationStage } from "../../../../contract/applications.ts";
import { type ExitStage, exitStages, progressStages } from "../../../../contract/insights.ts";

/** An application as the funnel needs it: a few facts; the history comes separately. */
export interface HistoryApplication {
  id: string;
  source: string | null;
  appliedOn: string | null;
  createdAt: string;
  stage: ApplicationStage;
  stageChangedAt: string;
}

/** One row of application_stage_changes. */
export interface HistoryChange {
  applicationId: string;
  toStage: ApplicationStage;
  changedAt: string;
}

/** A time spent in one stage; leftAt is null while the application is still there. */
export interface StageStay {
  stage: ApplicationStage;
  enteredAt: string;
  leftAt: string | null;
}

/** What one application's history says, in the terms the funnel counts. */
export interface HistorySummary {
  id: string;
  source: string | null;
  currentStage: ApplicationStage;
  /** Index into progressStages of the furthest progress stage reached (0 = wishlist). */
  furthest: number;
  exits: ReadonlySet<ExitStage>;
  /** The UTC day it was applied to, or null if it never was. */
  appliedDay: string | null;
  /** The day that places it in a period: applied day, else the day it was added. */
  periodDay: string;
  replied: boolean;
  stays: StageStay[];
}

const progressIndex = new Map<ApplicationStage, number>(progressStages.map((stage, index) => [stage, index]));
const exitSet: ReadonlySet<ApplicationStage> = new Set(exitStages);
const appliedIndex = progressStages.indexOf("applied");
const screeningIndex = progressStages.indexOf("screening");

/** Nobody is turned down or ignored without having applied, so these exits imply applied. */
const impliesApplied = (stage: ApplicationStage) =>
  (progressIndex.get(stage) ?? -1) >= appliedIndex || stage === "rejected" || stage === "ghosted";

const utcDay = (iso: string) => iso.slice(0, 10);

/**
 * Reads one application's stage history. `changes` may come in any order. An application
 * without history rows (from before history was kept, or a careless import) is read as one
 * entry into its current stage when that stage last changed, so it still counts somewhere.
 */
export function summarizeHistory(application: HistoryApplication, changes: readonly HistoryChange[]): HistorySummary {
  const ordered = changes.length
    ? [...changes].sort((a, b) => (a.changedAt < b.changedAt ? -1 : a.changedAt > b.changedAt ? 1 : 0))
    : [{ applicationId: application.id, toStage: application.stage, changedAt: application.stageChangedAt }];

  // A repeated move into the stage it is already in continues the stay rather than starting one.
  const entries = ordered.filter((change, index) => change.toStage !== ordered[index - 1]?.toStage);

  let furthest = 0;
  const exits = new Set<ExitStage>();
  let firstApplied: string | null = null;
  for (const entry of entries) {
    furthest = Math.max(furthest, progressIndex.get(entry.toStage) ?? 0);
    if (exitSet.has(entry.toStage)) exits.add(entry.toStage as ExitStage);
    if (firstApplied === null && impliesApplied(entry.toStage)) firstApplied = entry.changedAt;
  }
  if (application.appliedOn || exits.has("rejected") || exits.has("ghosted")) {
    furthest = Math.max(furthest, appliedIndex);
  }

  const appliedDay = application.appliedOn ?? (firstApplied ? utcDay(firstApplied) : null);
  const firstEntry = entries[0];
  return {
    id: application.id,
    source: application.source,
    currentStage: application.stage,
    furthest,
    exits,
    appliedDay,
    periodDay: appliedDay ?? utcDay(firstEntry?.changedAt ?? application.createdAt),
    replied: furthest >= appliedIndex && (furthest >= screeningIndex || exits.has("rejected")),
    stays: entries.map((entry, index) => ({
      stage: entry.toStage,
      enteredAt: entry.changedAt,
      leftAt: entries[index + 1]?.changedAt ?? null,
    })),
  };
}
