import { stringify } from "csv-stringify/sync";
import type { Application } from "../../../../contract/applications.ts";
import type { ExportFormat } from "../../../../contract/imports.ts";
import type { Actor } from "../auth/actor.ts";
import type { ExportApplicationRow, ExportRepo } from "./export.repo.ts";
import { exportColumns, guardFormula } from "./export-columns.ts";

export type ExportedApplication = Application & {
  roleFamilyName: string | null;
  stageHistory: { fromStage: string | null; toStage: string; changedAt: string }[];
};

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
  constructor(private readonly exports: ExportRepo) {}

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
      return {
        fileName: `debrief-applications-${day}.json`,
        contentType: "application/json; charset=utf-8",
        body: `${JSON.stringify({ exportedAt: now.toISOString(), applications }, null, 2)}\n`,
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
