import type { Insertable, Kysely, Transaction } from "kysely";
import type { DebriefsTable } from "../db/schema/debriefs.ts";
import type {
  ApplicationContactsTable,
  ApplicationNotesTable,
  ApplicationStageChangesTable,
  ApplicationsTable,
  ApplicationTagsTable,
  CompaniesTable,
  ContactsTable,
  InterviewInterviewersTable,
  InterviewsTable,
  TasksTable,
} from "../db/schema/pipeline.ts";
import type { Database } from "../db/schema.ts";

/** Rows for a whole search, inserted together. */
export interface PipelineRows {
  companies: Insertable<CompaniesTable>[];
  contacts: Insertable<ContactsTable>[];
  applications: Insertable<ApplicationsTable>[];
  stageChanges: Insertable<ApplicationStageChangesTable>[];
  tags: Insertable<ApplicationTagsTable>[];
  interviews: Insertable<InterviewsTable>[];
  applicationContacts: Insertable<ApplicationContactsTable>[];
  interviewInterviewers: Insertable<InterviewInterviewersTable>[];
  tasks: Insertable<TasksTable>[];
  applicationNotes: Insertable<ApplicationNotesTable>[];
  debriefs: Insertable<DebriefsTable>[];
}

/** A search with nothing in it yet, for planners to fill. */
export const emptyPipelineRows = (): PipelineRows => ({
  companies: [],
  contacts: [],
  applications: [],
  stageChanges: [],
  tags: [],
  interviews: [],
  applicationContacts: [],
  interviewInterviewers: [],
  tasks: [],
  applicationNotes: [],
  debriefs: [],
});

/** Row counts of one user's pipeline. */
export interface PipelineCounts {
  companies: number;
  applications: number;
  interviews: number;
  stageChanges: number;
  contacts: number;
  tasks: number;
  applicationNotes: number;
  debriefs: number;
}

export const countsOf = (rows: PipelineRows): PipelineCounts => ({
  companies: rows.companies.length,
  applications: rows.applications.length,
  interviews: rows.interviews.length,
  stageChanges: rows.stageChanges.length,
  contacts: rows.contacts.length,
  tasks: rows.tasks.length,
  applicationNotes: rows.applicationNotes.length,
  debriefs: rows.debriefs.length,
});

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

const countedTables = {
  companies: "companies",
  applications: "applications",
  interviews: "interviews",
  stageChanges: "application_stage_changes",
  contacts: "contacts",
  tasks: "tasks",
  applicationNotes: "application_notes",
  debriefs: "debriefs",
} as const satisfies Record<keyof PipelineCounts, keyof Database>;

/** The SQL behind the demo and benchmark seeds: bulk inserts and per-user counts. */
export class DemoDataRepo {
  constructor(private readonly db: Kysely<Database> | Transaction<Database>) {}

  /** Inserts rows into one table with multi-row statements (none when there are no rows). */
  async insertRows<T extends keyof Database>(table: T, all: Insertable<Database[T]>[]): Promise<void> {
    for (const chunk of chunksOf(all))
      await this.db
        .insertInto(table)
        .values(chunk as never)
        .execute();
  }

  /** Inserts a search in foreign-key order with multi-row statements. Run it inside a transaction. */
  async insertPipeline(rows: PipelineRows): Promise<void> {
    const insert = <T extends keyof Database>(table: T, all: Insertable<Database[T]>[]) => this.insertRows(table, all);
    await insert("companies", rows.companies);
    await insert("contacts", rows.contacts);
    await insert("applications", rows.applications);
    await insert("application_stage_changes", rows.stageChanges);
    await insert("application_tags", rows.tags);
    await insert("interviews", rows.interviews);
    await insert("application_contacts", rows.applicationContacts);
    await insert("interview_interviewers", rows.interviewInterviewers);
    await insert("tasks", rows.tasks);
    await insert("application_notes", rows.applicationNotes);
    await insert("debriefs", rows.debriefs);
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

  /** How many rows of each kind the user has in their pipeline. */
  async countPipeline(userId: string): Promise<PipelineCounts> {
    const counts = {} as PipelineCounts;
    for (const [key, table] of Object.entries(countedTables) as [keyof PipelineCounts, keyof Database][]) {
      const row = await this.db
        .selectFrom(table as "applications")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("user_id", "=", userId)
        .executeTakeFirstOrThrow();
      counts[key] = Number(row.n);
    }
    return counts;
  }

  /**
   * The user's application with the most interviews (then stage changes): the heaviest page a
   * benchmark can ask for. Undefined when they have none.
   */
  async busiestApplicationId(userId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("applications as a")
      .select("a.id")
      .where("a.user_id", "=", userId)
      .orderBy(
        (eb) =>
          eb
            .selectFrom("interviews as i")
            .select((inner) => inner.fn.countAll<number>().as("n"))
            .where("i.user_id", "=", userId)
            .whereRef("i.application_id", "=", "a.id"),
        "desc",
      )
      .orderBy(
        (eb) =>
          eb
            .selectFrom("application_stage_changes as s")
            .select((inner) => inner.fn.countAll<number>().as("n"))
            .where("s.user_id", "=", userId)
            .whereRef("s.application_id", "=", "a.id"),
        "desc",
      )
      .orderBy("a.id")
      .limit(1)
      .executeTakeFirst();
    return row?.id;
  }
}
