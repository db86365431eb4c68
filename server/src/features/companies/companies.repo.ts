import { type Kysely, type Selectable, sql, type Transaction, type Updateable } from "kysely";
import type { DialectName } from "../../db/database.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { ApplicationStage, CompaniesTable } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { containsIgnoringCase } from "../../db/text-match.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";

export type CompanyRow = Selectable<CompaniesTable>;
/** A company with how many applications point at it, and the key it sorts by. */
export type CompanyListRow = CompanyRow & { application_count: number; sort_key: string };
export type CompanyChanges = Pick<Updateable<CompaniesTable>, "name" | "website" | "size_band" | "industry" | "notes">;

export interface CompanyApplicationRow {
  id: string;
  role_title: string;
  stage: ApplicationStage;
  applied_on: string | null;
}

/** Where a name-sorted page starts: after this lower-cased name and id. */
export interface NameCursor {
  key: string;
  id: string;
}

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * The user's companies. Names are unique per user ignoring case; there is no unique index for
 * that (lower() differs between the dialects for non-ASCII), so writers check first — inside a
 * transaction that has already bumped the user's pipeline revision, which takes the row lock
 * on the user on PostgreSQL (SQLite has a single writer anyway), so two writers of the same
 * user cannot both pass the check.
 */
export class CompaniesRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  private selectWithCount(db: Executor, userId: string) {
    return db
      .selectFrom("companies as c")
      .selectAll("c")
      .select((eb) => [
        eb
          .selectFrom("applications as a")
          .select((inner) => inner.fn.countAll<number>().as("n"))
          .where("a.user_id", "=", userId)
          .whereRef("a.company_id", "=", "c.id")
          .as("application_count"),
        sql<string>`lower(c.name)`.as("sort_key"),
      ])
      .where("c.user_id", "=", userId);
  }

  /** One page sorted by name (ignoring case), then id; `after` is the previous page's last row. */
  async list(userId: string, options: { q?: string; limit: number; after?: NameCursor }): Promise<CompanyListRow[]> {
    let query = this.selectWithCount(this.db, userId);
    if (options.q) query = query.where(containsIgnoringCase(this.dialect, "c.name", options.q));
    const after = options.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(c.name)`, ">", after.key),
          eb.and([eb(sql`lower(c.name)`, "=", after.key), eb("c.id", ">", after.id)]),
        ]),
      );
    }
    const rows = await query.orderBy(sql`lower(c.name)`).orderBy("c.id").limit(options.limit).execute();
    return rows.map(withNumericCount);
  }

  async findById(userId: string, id: string, db: Executor = this.db): Promise<CompanyListRow | undefined> {
    const row = await this.selectWithCount(db, userId).where("c.id", "=", id).executeTakeFirst();
    return row && withNumericCount(row);
  }

  /** True when `id` is one of this user's companies. */
  async exists(db: Executor, userId: string, id: string): Promise<boolean> {
    const row = await db
      .selectFrom("companies")
      .select("id")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The company of this user whose name equals `name` ignoring case, other than `exceptId`. */
  findByName(db: Executor, userId: string, name: string, exceptId?: string): Promise<CompanyRow | undefined> {
    let query = db
      .selectFrom("companies")
      .selectAll()
      .where("user_id", "=", userId)
      .where(sql`lower(name)`, "=", sql`lower(${name})`);
    if (exceptId) query = query.where("id", "!=", exceptId);
    return query.orderBy("created_at").executeTakeFirst();
  }

  async insert(trx: Transaction<Database>, row: CompanyRow): Promise<void> {
    await trx.insertInto("companies").values(row).execute();
  }

  /**
   * The user's company called `name` (ignoring case), created with just that name when there
   * is none. For the applications service, which lets a person type a company name. Bumps the
   * pipeline revision first (harmless if the caller did too): that serialises concurrent
   * writers of the same user, so the same name typed twice at once makes one company.
   * `name` must already be trimmed and non-empty.
   */
  async findOrCreateByName(trx: Transaction<Database>, userId: string, name: string): Promise<CompanyRow> {
    await bumpPipelineRevision(trx, userId);
    const existing = await this.findByName(trx, userId, name);
    if (existing) return existing;
    const now = nowIso();
    const row: CompanyRow = {
      id: newId(),
      user_id: userId,
      name,
      website: null,
      size_band: null,
      industry: null,
      notes: "",
      created_at: now,
      updated_at: now,
    };
    await this.insert(trx, row);
    return row;
  }

  async update(trx: Transaction<Database>, userId: string, id: string, changes: CompanyChanges): Promise<boolean> {
    const result = await trx
      .updateTable("companies")
      .set({ ...changes, updated_at: nowIso() })
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deletes the company; its applications and contacts stay, with company_id set to null (FK). */
  async delete(trx: Transaction<Database>, userId: string, id: string): Promise<boolean> {
    const result = await trx
      .deleteFrom("companies")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The company's applications in brief: applied most recently first, not yet applied last. */
  listApplications(userId: string, companyId: string): Promise<CompanyApplicationRow[]> {
    return this.db
      .selectFrom("applications")
      .select(["id", "role_title", "stage", "applied_on"])
      .where("user_id", "=", userId)
      .where("company_id", "=", companyId)
      .orderBy(sql`case when applied_on is null then 1 else 0 end`)
      .orderBy("applied_on", "desc")
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
  }

  /** Ids of the company's applications (read before a delete nulls their company_id). */
  async applicationIds(trx: Transaction<Database>, userId: string, companyId: string): Promise<string[]> {
    const rows = await trx
      .selectFrom("applications")
      .select("id")
      .where("user_id", "=", userId)
      .where("company_id", "=", companyId)
      .execute();
    return rows.map((row) => row.id);
  }
}

function withNumericCount<T extends { application_count: number | string | bigint | null }>(
  row: T,
): T & { application_count: number } {
  return { ...row, application_count: Number(row.application_count ?? 0) };
}
