import type { Insertable, Kysely, Transaction } from "kysely";
import type {
  ApplicationStageChangesTable,
  ApplicationsTable,
  ApplicationTagsTable,
  CompaniesTable,
  InterviewsTable,
} from "../db/schema/pipeline.ts";
import type { Database } from "../db/schema.ts";

/** Rows for a whole search, inserted together. */
export interface PipelineRows {
  companies: Insertable<CompaniesTable>[];
  applications: Insertable<ApplicationsTable>[];
  stageChanges: Insertable<ApplicationStageChangesTable>[];
  tags: Insertable<ApplicationTagsTable>[];
  interviews: Insertable<InterviewsTable>[];
}

/** Row counts of one user's pipeline. */
export interface PipelineCounts {
  companies: number;
  applications: number;
  interviews: number;
  stageChanges: number;
}

// SQLite allows 32,766 bound parameters per statement and PostgreSQL 65,535; staying under
// 30,000 and 500 rows keeps every multi-row insert valid on both with one chunk size.
const maxParameters = 30_000;
const maxRowsPerInsert = 500;

function chunksOf<T extends object>(rows: T[]): T[][] {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  const size = Math.min(maxRowsPerInsert, Math.floor(maxParameters / columns));
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/** The SQL behind the demo and benchmark seeds: bulk inserts and per-user counts. */
export class DemoDataRepo {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  /** Inserts a search in foreign-key order with multi-row statements. Run it inside a transaction. */
  async insertPipeline(rows: PipelineRows): Promise<void> {
    for (const chunk of chunksOf(rows.companies)) await this.db.insertInto("companies").values(chunk).execute();
    for (const chunk of chunksOf(rows.applications)) await this.db.insertInto("applications").values(chunk).execute();
    for (const chunk of chunksOf(rows.stageChanges)) {
      await this.db.insertInto("application_stage_changes").values(chunk).execute();
    }
    for (const chunk of chunksOf(rows.tags)) await this.db.insertInto("application_tags").values(chunk).execute();
    for (const chunk of chunksOf(rows.interviews)) await this.db.insertInto("interviews").values(chunk).execute();
  }

  /** The user's role families by name, in their order. */
  async roleFamilyIds(userId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom("role_families")
      .select(["id", "name"])
      .where("user_id", "=", userId)
      .orderBy("position")
      .execute();
    return new Map(rows.map((row) => [row.name, row.id]));
  }

  /** How many companies, applications, interviews and stage changes the user has. */
  async countPipeline(userId: string): Promise<PipelineCounts> {
    const count = async (
      table: "companies" | "applications" | "interviews" | "application_stage_changes",
    ): Promise<number> => {
      const row = await this.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return {
      companies: await count("companies"),
      applications: await count("applications"),
      interviews: await count("interviews"),
      stageChanges: await count("application_stage_changes"),
    };
  }
}
