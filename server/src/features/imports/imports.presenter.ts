import type { ImportRecord, ImportSummary } from "../../../../contract/imports.ts";
import type { CsvImportListRow } from "./imports.repo.ts";

/** An import as the history shows it: counts from its summary, never the file itself. */
export function presentImport(row: CsvImportListRow): ImportRecord {
  let summary: Partial<ImportSummary> = {};
  try {
    summary = row.summary ? (JSON.parse(row.summary) as ImportSummary) : {};
  } catch {
    summary = {};
  }
  return {
    id: row.id,
    fileName: row.file_name,
    status: row.status,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    created: summary.created ?? null,
    updated: summary.updated ?? null,
    skippedDuplicates: summary.skippedDuplicates ?? null,
    failedRows: summary.failedRows ?? null,
  };
}
