import type {
  CommitImportOptions,
  ImportMapping,
  ImportPreview,
  ImportSummary,
  LineProblem,
} from "../../../../contract/imports.ts";
import { newId, nowIso } from "../../db/ids.ts";
import { AppError, badRequest, conflict, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { decodeCsvBytes } from "./csv-decoding.ts";
import { type CsvRow, type CsvTable, readCsv } from "./csv-reading.ts";
import { type DetectedFormat, detectFormat } from "./import-formats.ts";
import { planImport } from "./import-plan.ts";
import { resolveUpdates, writeImport } from "./import-writer.ts";
import type { CsvImportListRow, CsvImportRow, ImportsRepo } from "./imports.repo.ts";
import { checkMapping, type MappedRow, type MappingPlan, mapRow, presentMapped } from "./row-mapping.ts";

/** How far a commit has got, for the CLI's progress bar. */
export interface ImportProgress {
  phase: "checking" | "writing";
  done: number;
  total: number;
}

const sampleSize = 10;
const previewProblemLimit = 100;
const summaryProblemLimit = 1000;
const previewLifetimeMs = 24 * 60 * 60 * 1000;

interface ReadImport {
  row: CsvImportRow;
  table: CsvTable;
  detected: DetectedFormat;
}

/** CSV import: upload and preview, commit, history. */
export class ImportsService {
  constructor(private readonly imports: ImportsRepo) {}

  /**
   * Decodes and reads the uploaded file, keeps it for the commit, and answers with a preview
   * using the suggested mapping. A file that can't be read is refused here, before it is stored.
   */
  async upload(actor: Actor, fileName: string, bytes: Uint8Array): Promise<ImportPreview> {
    // PostgreSQL text cannot hold NUL characters, and no CSV means one.
    const content = decodeCsvBytes(bytes).replace(/\u0000/g, "");
    const table = readCsv(content);
    if (table.rows.length === 0) {
      throw badRequest("The file has a header but no rows to import.", [{ path: "file", message: "has no rows" }]);
    }
    const now = new Date();
    await this.imports.deleteStalePreviews(actor.userId, new Date(now.getTime() - previewLifetimeMs).toISOString());
    const row: CsvImportRow = {
      id: newId(),
      user_id: actor.userId,
      file_name: fileName,
      content,
      status: "previewed",
      summary: null,
      created_at: now.toISOString(),
      completed_at: null,
    };
    await this.imports.insertImport(row);
    const detected = detectFormat(table.headers);
    return this.buildPreview(actor, { row, table, detected }, detected.mapping);
  }

  /** The preview again, with the mapping the person chose. */
  async preview(actor: Actor, importId: string, mapping?: ImportMapping): Promise<ImportPreview> {
    const read = await this.read(actor, importId);
    return this.buildPreview(actor, read, mapping ?? read.detected.mapping);
  }

  async get(
    actor: Actor,
    importId: string,
  ): Promise<{ row: CsvImportRow; summary: ImportSummary | null; preview: ImportPreview | null }> {
    const read = await this.read(actor, importId);
    const summary = parseSummary(read.row.summary);
    const preview =
      read.row.status === "completed" ? null : await this.buildPreview(actor, read, read.detected.mapping);
    return { row: read.row, summary, preview };
  }

  list(actor: Actor): Promise<CsvImportListRow[]> {
    return this.imports.listImports(actor.userId, 50);
  }

  /**
   * Imports the file. Everything happens in one transaction: in all-or-nothing mode a single
   * bad row leaves no application behind; in valid-rows mode the good rows are stored and the
   * others reported. Either way the summary is kept with the import.
   */
  async commit(
    actor: Actor,
    importId: string,
    options: CommitImportOptions,
    onProgress: (progress: ImportProgress) => void = () => {},
  ): Promise<ImportSummary> {
    const read = await this.read(actor, importId);
    if (read.row.status === "completed") throw conflict("This file has already been imported.");
    const mapping = options.mapping ?? read.detected.mapping;
    const checked = checkMapping(read.table.headers, mapping, read.detected.defaultSource);
    const mappingProblems = [
      ...checked.problems,
      ...checked.missing.map((message) => ({ path: "mapping", message: message.replace(/\.$/, "") })),
    ];
    if (mappingProblems.length > 0) {
      throw badRequest(`The mapping needs another look: ${mappingProblems.map((p) => p.message).join("; ")}.`, [
        ...mappingProblems,
      ]);
    }

    const total = read.table.rows.length;
    const rows = await mapAll(read.table.rows, checked.plan, (done) => onProgress({ phase: "checking", done, total }));
    onProgress({ phase: "checking", done: total, total });

    const userId = actor.userId;
    return this.imports.transaction(async (repo, trx) => {
      const now = nowIso();
      if (!(await repo.claimImport(userId, importId, now))) throw conflict("This file has already been imported.");
      const plan = planImport(rows, await repo.existingKeys(userId), options.onDuplicate, read.table.problems);
      const updates = await resolveUpdates(repo, userId, plan.updates);
      const failures = [...plan.failures, ...updates.failures].sort((a, b) => a.line - b.line);
      const failedRows = plan.failedRows + updates.failedRows;
      const skipped = plan.duplicates.filter((duplicate) => duplicate.action === "skipped").length;
      const base = {
        mode: options.mode,
        onDuplicate: options.onDuplicate,
        rowCount: total,
        failedRows,
        failed: failures.slice(0, summaryProblemLimit),
        duplicates: plan.duplicates.slice(0, summaryProblemLimit),
      };

      if (options.mode === "all_or_nothing" && failedRows > 0) {
        const summary: ImportSummary = {
          ...base,
          status: "failed",
          created: 0,
          updated: 0,
          skippedDuplicates: 0,
          duplicates: [],
          message: `Nothing was imported: ${plural(failedRows, "row has", "rows have")} problems. Fix ${failedRows === 1 ? "it" : "them"}, or choose to import only the valid rows, and try again.`,
        };
        await repo.finishImport(userId, importId, "failed", JSON.stringify(summary), now);
        return summary;
      }

      const writes = plan.creates.length + updates.resolved.length;
      onProgress({ phase: "writing", done: 0, total: writes });
      await writeImport(repo, userId, plan.creates, updates.resolved, now, (done) =>
        onProgress({ phase: "writing", done, total: writes }),
      );
      if (writes > 0) await bumpPipelineRevision(trx, userId);
      const summary: ImportSummary = {
        ...base,
        status: "completed",
        created: plan.creates.length,
        updated: updates.resolved.length,
        skippedDuplicates: skipped,
        message: describeOutcome(plan.creates.length, updates.resolved.length, skipped, failedRows),
      };
      await repo.finishImport(userId, importId, "completed", JSON.stringify(summary), now);
      return summary;
    });
  }

  /**
   * The account a CLI command acts for: the one named by email, or the only account there is.
   * The CLI runs on the server itself, so whoever runs it already has the database.
   */
  async cliActor(email?: string): Promise<Actor> {
    if (email) {
      const user = await this.imports.findUserByEmail(email);
      if (!user) throw notFound(`Account ${email}`);
      return { userId: user.id, role: user.role, via: "token", sessionId: null };
    }
    const users = await this.imports.firstUsers();
    const [only] = users;
    if (!only)
      throw new AppError(404, "not_found", "There are no accounts yet: create one with `debrief user create`.");
    if (users.length > 1) throw badRequest("This server has several accounts: say which one with --email.");
    return { userId: only.id, role: only.role, via: "token", sessionId: null };
  }

  private async read(actor: Actor, importId: string): Promise<ReadImport> {
    const row = await this.imports.findImport(actor.userId, importId);
    if (!row) throw notFound("Import");
    const table = readCsv(row.content);
    return { row, table, detected: detectFormat(table.headers) };
  }

  private async buildPreview(actor: Actor, read: ReadImport, mapping: ImportMapping): Promise<ImportPreview> {
    const checked = checkMapping(read.table.headers, mapping, read.detected.defaultSource);
    const rows = await mapAll(read.table.rows, checked.plan);
    const plan = planImport(rows, await this.imports.existingKeys(actor.userId), "skip", read.table.problems);
    const problems: LineProblem[] = plan.failures;
    return {
      importId: read.row.id,
      fileName: read.row.file_name,
      format: read.detected.format,
      headers: read.table.headers,
      mapping: Object.fromEntries(read.table.headers.map((header) => [header, mapping[header] ?? null])),
      mappingProblems: [
        ...checked.problems.map((problem) => `Column “${problem.path.slice("mapping.".length)}” ${problem.message}.`),
        ...checked.missing,
      ],
      sample: rows.slice(0, sampleSize).map((row, index) => ({
        line: row.line,
        values: read.table.rows[index]?.values ?? [],
        mapped: presentMapped(row.candidate),
        problems: [...read.table.problems.filter((problem) => problem.line === row.line), ...row.problems],
      })),
      rowCount: read.table.rows.length,
      invalidRowCount: plan.failedRows,
      duplicateCount: plan.duplicates.length,
      problems: problems.slice(0, previewProblemLimit),
      problemCount: problems.length,
    };
  }
}

/**
 * Reads every row through the mapping, pausing every few hundred rows so that one big import
 * doesn't hold up everyone else's requests on a shared server.
 */
async function mapAll(rows: CsvRow[], plan: MappingPlan, progress?: (done: number) => void): Promise<MappedRow[]> {
  const mapped: MappedRow[] = [];
  for (const [index, row] of rows.entries()) {
    mapped.push(mapRow(row, plan));
    if (index % 500 === 499) {
      progress?.(index + 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return mapped;
}

function parseSummary(text: string | null): ImportSummary | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as ImportSummary;
  } catch {
    return null;
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function describeOutcome(created: number, updated: number, skipped: number, failed: number): string {
  const parts = [`Imported ${plural(created, "new application", "new applications")}`];
  if (updated) parts.push(`updated ${plural(updated, "existing one", "existing ones")}`);
  if (skipped) parts.push(`skipped ${plural(skipped, "duplicate", "duplicates")}`);
  if (failed) parts.push(`left out ${plural(failed, "row", "rows")} with problems`);
  return `${parts.join(", ")}.`;
}
