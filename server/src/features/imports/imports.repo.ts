import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type {
  ApplicationStageChangesTable,
  ApplicationsTable,
  ApplicationTagsTable,
  CompaniesTable,
  CsvImportStatus,
  CsvImportsTable,
} from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import type { ExistingKey } from "./import-plan.ts";

export type CsvImportRow = Selectable<CsvImportsTable>;
/** History rows leave the file itself behind: it can be megabytes. */
export type CsvImportListRow = Omit<CsvImportRow, "content">;
export type ApplicationRow = Selectable<ApplicationsTable> & { company_name: string | null };

// SQLite allows 32,766 bound parameters per statement and PostgreSQL 65,535; staying under
// 30,000 and 500 rows keeps every multi-row statement valid on both with one chunk size.
const maxParameters = 30_000;
const maxRowsPerStatement = 500;

function chunksOf<T>(rows: T[], columns: number): T[][] {
  const size = Math.min(maxRowsPerStatement, Math.floor(maxParameters / Math.max(1, columns)));
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

const listColumns = ["id", "user_id", "file_name", "status", "summary", "created_at", "completed_at"] as const;

/** All SQL of CSV import: the uploaded files, and the bulk writes of a commit. Every query is scoped by user. */
export class ImportsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Runs work in one transaction with a repository bound to it. */
  transaction<T>(work: (repo: ImportsRepo, trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new ImportsRepo(trx), trx));
  }

  async insertImport(row: CsvImportRow): Promise<void> {
    await this.db.insertInto("csv_imports").values(row).execute();
  }

  findImport(userId: string, importId: string): Promise<CsvImportRow | undefined> {
    return this.db
      .selectFrom("csv_imports")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", importId)
      .executeTakeFirst();
  }

  listImports(userId: string, limit: number): Promise<CsvImportListRow[]> {
    return this.db
      .selectFrom("csv_imports")
      .select(listColumns)
      .where("user_id", "=", userId)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
  }

  /** Uploads that were previewed and then abandoned hold whole files; they go after a day. */
  async deleteStalePreviews(userId: string, before: string): Promise<void> {
    await this.db
      .deleteFrom("csv_imports")
      .where("user_id", "=", userId)
      .where("status", "=", "previewed")
      .where("created_at", "<", before)
      .execute();
  }

  /**
   * Marks an import as being committed, unless it already was. Inside the commit's
   * transaction this row lock makes a second, concurrent commit of the same file wait and
   * then find it completed, so a double click cannot import everything twice.
   */
  async claimImport(userId: string, importId: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable("csv_imports")
      .set({ status: "completed", completed_at: now })
      .where("user_id", "=", userId)
      .where("id", "=", importId)
      .where("status", "<>", "completed")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async finishImport(
    userId: string,
    importId: string,
    status: CsvImportStatus,
    summary: string,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable("csv_imports")
      .set({ status, summary, completed_at: now })
      .where("user_id", "=", userId)
      .where("id", "=", importId)
      .execute();
  }

  async existingKeys(userId: string): Promise<ExistingKey[]> {
    const rows = await this.db
      .selectFrom("applications as a")
      .leftJoin("companies as c", (join) =>
        join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "a.user_id"),
      )
      .select(["a.id", "a.role_title", "a.job_url", "a.applied_on", "c.name as company_name"])
      .where("a.user_id", "=", userId)
      .orderBy("a.created_at")
      .orderBy("a.id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      roleTitle: row.role_title,
      companyName: row.company_name,
      jobUrl: row.job_url,
      appliedOn: row.applied_on,
    }));
  }

  companies(userId: string): Promise<{ id: string; name: string }[]> {
    return this.db
      .selectFrom("companies")
      .select(["id", "name"])
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .execute();
  }

  async applicationsByIds(userId: string, ids: string[]): Promise<ApplicationRow[]> {
    const found: ApplicationRow[] = [];
    for (const chunk of chunksOf(ids, 1)) {
      const rows = await this.db
        .selectFrom("applications as a")
        .leftJoin("companies as c", (join) =>
          join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "a.user_id"),
        )
        .selectAll("a")
        .select("c.name as company_name")
        .where("a.user_id", "=", userId)
        .where("a.id", "in", chunk)
        .execute();
      found.push(...rows);
    }
    return found;
  }

  async tagsOf(userId: string, ids: string[]): Promise<{ application_id: string; tag: string }[]> {
    const found: { application_id: string; tag: string }[] = [];
    for (const chunk of chunksOf(ids, 1)) {
      const rows = await this.db
        .selectFrom("application_tags")
        .select(["application_id", "tag"])
        .where("user_id", "=", userId)
        .where("application_id", "in", chunk)
        .execute();
      found.push(...rows);
    }
    return found;
  }

  async insertCompanies(rows: Insertable<CompaniesTable>[]): Promise<void> {
    for (const chunk of chunksOf(rows, 9)) await this.db.insertInto("companies").values(chunk).execute();
  }

  async insertApplications(rows: Insertable<ApplicationsTable>[]): Promise<void> {
    for (const chunk of chunksOf(rows, 24)) await this.db.insertInto("applications").values(chunk).execute();
  }

  async insertStageChanges(rows: Insertable<ApplicationStageChangesTable>[]): Promise<void> {
    for (const chunk of chunksOf(rows, 6))
      await this.db.insertInto("application_stage_changes").values(chunk).execute();
  }

  async insertTags(rows: Insertable<ApplicationTagsTable>[]): Promise<void> {
    for (const chunk of chunksOf(rows, 3)) {
      await this.db
        .insertInto("application_tags")
        .values(chunk)
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    }
  }

  async updateApplication(userId: string, applicationId: string, patch: Updateable<ApplicationsTable>): Promise<void> {
    await this.db
      .updateTable("applications")
      .set(patch)
      .where("user_id", "=", userId)
      .where("id", "=", applicationId)
      .execute();
  }

  /** For the CLI: the account named by email. */
  findUserByEmail(email: string): Promise<{ id: string; role: "owner" | "member"; email: string } | undefined> {
    return this.db
      .selectFrom("users")
      .select(["id", "role", "email"])
      .where("email", "=", email.trim().toLowerCase())
      .executeTakeFirst();
  }

  /** For the CLI: up to two accounts, enough to tell "the only one" from "which one?". */
  firstUsers(): Promise<{ id: string; role: "owner" | "member"; email: string }[]> {
    return this.db.selectFrom("users").select(["id", "role", "email"]).orderBy("created_at").limit(2).execute();
  }
}
