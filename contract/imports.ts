import { z } from "zod";
import { singleLine } from "./common.ts";

/**
 * CSV import of applications: upload → preview (detected format, suggested mapping, problems
 * per line) → commit (mapping, what to do with duplicates, all-or-nothing or valid rows) →
 * summary. The uploaded file waits on the server between preview and commit.
 */

/** The exports Debrief recognises by their header; anything else is "generic" and mapped by hand. */
export const importFormats = [
  "linkedin_applications",
  "linkedin_saved",
  "huntr",
  "teal",
  "jobsync",
  "generic",
] as const;
export type ImportFormat = (typeof importFormats)[number];

export const importFormatLabels: Record<ImportFormat, string> = {
  linkedin_applications: "LinkedIn data export: Job Applications",
  linkedin_saved: "LinkedIn data export: Saved Jobs",
  huntr: "Huntr board export",
  teal: "Teal job tracker export",
  jobsync: "JobSync export",
  generic: "A spreadsheet (columns mapped by hand)",
};

/**
 * What a column can fill. `salary` reads a range such as "$80k–95k" into min, max and currency;
 * `descriptionHtml` is HTML turned into plain text; several columns may feed notes and tags.
 */
export const importFields = [
  "roleTitle",
  "companyName",
  "stage",
  "appliedOn",
  "foundOn",
  "closedOn",
  "jobUrl",
  "location",
  "workMode",
  "salary",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "source",
  "excitement",
  "tags",
  "notes",
  "descriptionHtml",
] as const;
export type ImportField = (typeof importFields)[number];

export const importFieldLabels: Record<ImportField, string> = {
  roleTitle: "Role title",
  companyName: "Company",
  stage: "Stage",
  appliedOn: "Applied on",
  foundOn: "Found on",
  closedOn: "Closed on",
  jobUrl: "Job link",
  location: "Location",
  workMode: "Work mode",
  salary: "Salary (range)",
  salaryMin: "Salary from",
  salaryMax: "Salary to",
  salaryCurrency: "Salary currency",
  source: "Source",
  excitement: "Excitement (1–5)",
  tags: "Tags",
  notes: "Notes",
  descriptionHtml: "Notes, from HTML",
};

/** Fields that several columns may feed (their values are combined); every other field takes one column. */
export const multiColumnFields: readonly ImportField[] = ["notes", "tags", "descriptionHtml"];

export const importFieldSchema = z.enum(importFields, { message: `must be one of ${importFields.join(", ")}` });

/** Column header → the field it fills, or null to leave the column out. */
export const importMapping = z.record(z.string().max(500), importFieldSchema.nullable());
export type ImportMapping = z.infer<typeof importMapping>;

export const duplicateActions = ["skip", "update"] as const;
export type DuplicateAction = (typeof duplicateActions)[number];
export const importModes = ["all_or_nothing", "valid_rows"] as const;
export type ImportMode = (typeof importModes)[number];

/** The upload's query string; the body is the file itself, sent as text/csv. */
export const uploadImportQuery = z.strictObject({
  fileName: singleLine(200).pipe(z.string().min(1, "must not be empty")).default("import.csv"),
});

/** A problem with one line of the file; `column` is the header it came from, when there is one. */
export const lineProblem = z.object({
  line: z.number(),
  column: z.string().nullable(),
  message: z.string(),
});
export type LineProblem = z.infer<typeof lineProblem>;

/** A row as it would be imported: only what the mapping filled. */
export const mappedApplication = z.object({
  roleTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  stage: z.string().nullable(),
  appliedOn: z.string().nullable(),
  foundOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  jobUrl: z.string().nullable(),
  location: z.string().nullable(),
  workMode: z.string().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string().nullable(),
  source: z.string().nullable(),
  excitement: z.number().nullable(),
  tags: z.array(z.string()),
  notes: z.string(),
});
export type MappedApplication = z.infer<typeof mappedApplication>;

export const previewRow = z.object({
  line: z.number(),
  /** The cells as written in the file, in header order. */
  values: z.array(z.string()),
  mapped: mappedApplication,
  problems: z.array(lineProblem),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const importPreview = z.object({
  importId: z.string(),
  fileName: z.string(),
  format: z.enum(importFormats),
  headers: z.array(z.string()),
  /** The suggested mapping on upload; the mapping asked for on a re-preview. */
  mapping: importMapping,
  /** Problems with the mapping itself, such as no column for the role title. */
  mappingProblems: z.array(z.string()),
  sample: z.array(previewRow),
  rowCount: z.number(),
  /** Rows that would be refused as they stand. */
  invalidRowCount: z.number(),
  /** Rows that match an application already in Debrief or an earlier line of the file. */
  duplicateCount: z.number(),
  /** The first problems, line by line; problemCount says how many there are in all. */
  problems: z.array(lineProblem),
  problemCount: z.number(),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const previewImportRequest = z.strictObject({ mapping: importMapping });
export type PreviewImportRequest = z.infer<typeof previewImportRequest>;

export const commitImportRequest = z.strictObject({
  /** Omit to use the suggested mapping. Columns left out are not imported. */
  mapping: importMapping.optional(),
  onDuplicate: z.enum(duplicateActions, { message: "must be skip or update" }).default("skip"),
  mode: z.enum(importModes, { message: "must be all_or_nothing or valid_rows" }).default("all_or_nothing"),
});
export type CommitImportRequest = z.input<typeof commitImportRequest>;
export type CommitImportOptions = z.output<typeof commitImportRequest>;

export const duplicateOutcome = z.object({
  line: z.number(),
  action: z.enum(["skipped", "updated"]),
  /** What it matched, in words: an earlier line, or an application already in Debrief. */
  matched: z.string(),
  applicationId: z.string().nullable(),
});
export type DuplicateOutcome = z.infer<typeof duplicateOutcome>;

export const importSummary = z.object({
  status: z.enum(["completed", "failed"]),
  mode: z.enum(importModes),
  onDuplicate: z.enum(duplicateActions),
  rowCount: z.number(),
  created: z.number(),
  updated: z.number(),
  skippedDuplicates: z.number(),
  /** How many rows were not imported because of problems. */
  failedRows: z.number(),
  /** The problems of those rows, line by line (the first 1,000). */
  failed: z.array(lineProblem),
  duplicates: z.array(duplicateOutcome),
  /** One sentence saying what happened. */
  message: z.string(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const importRecord = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(["previewed", "completed", "failed"]),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  created: z.number().nullable(),
  updated: z.number().nullable(),
  skippedDuplicates: z.number().nullable(),
  failedRows: z.number().nullable(),
});
export type ImportRecord = z.infer<typeof importRecord>;

export const importList = z.object({ imports: z.array(importRecord) });
export type ImportList = z.infer<typeof importList>;

export const importDetail = z.object({
  import: importRecord,
  summary: importSummary.nullable(),
  /** The preview with the suggested mapping, while the import can still be committed. */
  preview: importPreview.nullable(),
});
export type ImportDetail = z.infer<typeof importDetail>;

export const exportFormats = ["csv", "json"] as const;
export const exportQuery = z.strictObject({
  format: z.enum(exportFormats, { message: "must be csv or json" }).default("csv"),
});
export type ExportFormat = (typeof exportFormats)[number];
