import { stringify } from "csv-stringify/sync";
import type { Application } from "../../../../contract/applications.ts";
import type { Debrief } from "../../../../contract/debriefs.ts";
import type { ExportFormat } from "../../../../contract/imports.ts";
import type { Actor } from "../auth/actor.ts";
import { presentDebrief } from "../debriefs/debriefs.presenter.ts";
import type { DebriefsRepo } from "../debriefs/debriefs.repo.ts";
import { endOf } from "../interviews/interviews.repo.ts";
import type { ExportApplicationRow, ExportRepo } from "./export.repo.ts";
import { exportColumns, guardFormula } from "./export-columns.ts";
import type { ExportJournalRepo } from "./export-journal.repo.ts";

export type ExportedApplication = Application & {
  roleFamilyName: string | null;
  stageHistory: { fromStage: string | null; toStage: string; changedAt: string }[];
};

/** An interview in the JSON export: its facts, prep, interviewers and debrief. */
export interface ExportedInterview {
  id: string;
  roundName: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  durationMinutes: number;
  format: string;
  location: string | null;
  notes: string;
  prep: { caseForMe: string; talkingPoints: string; questions: string; research: string; learningGoal: string };
  interviewers: { id: string; name: string }[];
  debrief: Debrief | null;
}

/** A finished export: the file's name, type and contents. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string;
  /** How many applications it holds. */
  count: number;
}

function toApplication(row: ExportApplicationRow, tags: string[]): Application & { roleFamilyName: string | null } {
  return {
    id: row.id,
    roleTitle: row.role_title,
    companyId: row.company_id,
    companyName: row.company_name,
    roleFamilyId: row.role_family_id,
    roleFamilyName: row.role_family_name,
    tags,
    jobUrl: row.job_url,
    location: row.location,
    workMode: row.work_mode,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    source: row.source,
    excitement: row.excitement,
    foundOn: row.found_on,
    appliedOn: row.applied_on,
    closedOn: row.closed_on,
    notes: row.notes,
    stage: row.stage,
    stageChangedAt: row.stage_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function groupBy<T extends { application_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.application_id);
    if (group) group.push(row);
    else groups.set(row.application_id, [row]);
  }
  return groups;
}

/** Exports a person's applications as CSV (for spreadsheets) or JSON (everything, with stage history). */
export class ExportService {
  constructor(
    private readonly exports: ExportRepo,
    private readonly debriefs: DebriefsRepo,
    private readonly journal: ExportJournalRepo,
  ) {}

  /** Every interview with its prep, interviewers and debrief, grouped by application. */
  async interviews(actor: Actor): Promise<Map<string, ExportedInterview[]>> {
    const [rows, interviewers, debriefs] = await Promise.all([
      this.exports.interviews(actor.userId),
      this.exports.interviewers(actor.userId),
      this.debriefs.allForExport(actor.userId),
    ]);
    const debriefOf = new Map(debriefs.map((debrief) => [debrief.interview_id, presentDebrief(debrief)]));
    const peopleOf = new Map<string, { id: string; name: string }[]>();
    for (const link of interviewers) {
      const people = peopleOf.get(link.interview_id) ?? [];
      people.push({ id: link.id, name: link.name });
      peopleOf.set(link.interview_id, people);
    }
    const grouped = new Map<string, ExportedInterview[]>();
    for (const row of rows) {
      const list = grouped.get(row.application_id) ?? [];
      list.push({
        id: row.id,
        roundName: row.round_name,
        kind: row.kind,
        startsAt: row.starts_at,
        endsAt: endOf(row),
        timeZone: row.time_zone,
        durationMinutes: row.duration_minutes,
        format: row.format,
        location: row.location,
        notes: row.notes,
        prep: {
          caseForMe: row.prep_case,
          talkingPoints: row.prep_talking_points,
          questions: row.prep_questions,
          research: row.prep_research,
          learningGoal: row.prep_learning_goal,
        },
        interviewers: peopleOf.get(row.id) ?? [],
        debrief: debriefOf.get(row.id) ?? null,
      });
      grouped.set(row.application_id, list);
    }
    return grouped;
  }

  async applications(actor: Actor): Promise<ExportedApplication[]> {
    const [rows, tags, changes] = await Promise.all([
      this.exports.applications(actor.userId),
      this.exports.tags(actor.userId),
      this.exports.stageChanges(actor.userId),
    ]);
    const tagsOf = groupBy(tags);
    const historyOf = groupBy(changes);
    return rows.map((row) => ({
      ...toApplication(
        row,
        (tagsOf.get(row.id) ?? []).map((tag) => tag.tag),
      ),
      stageHistory: (historyOf.get(row.id) ?? []).map((change) => ({
        fromStage: change.from_stage,
        toStage: change.to_stage,
        changedAt: change.changed_at,
      })),
    }));
  }

  async export(actor: Actor, format: ExportFormat, now = new Date()): Promise<ExportFile> {
    const applications = await this.applications(actor);
    const day = now.toISOString().slice(0, 10);
    if (format === "json") {
      // JSON is the lossless export: each application also carries its interviews and debriefs.
      const interviewsOf = await this.interviews(actor);
      const complete = applications.map((app) => ({ ...app, interviews: interviewsOf.get(app.id) ?? [] }));
      // ...and everything else the person wrote or sent, table by table (secrets left out).
      const journal = await this.journal.all(actor.userId);
      return {
        fileName: `debrief-applications-${day}.json`,
        contentType: "application/json; charset=utf-8",
        body: `${JSON.stringify({ exportedAt: now.toISOString(), applications: complete, ...journal }, null, 2)}\n`,
        count: applications.length,
      };
    }
    const records = applications.map((app) => exportColumns.map((column) => guardFormula(column.value(app))));
    return {
      fileName: `debrief-applications-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      // The byte-order mark makes Excel read the file as UTF-8 instead of the system code page.
      body: stringify(records, { header: true, columns: exportColumns.map((column) => column.header), bom: true }),
      count: applications.length,
    };
  }
}
