import { type Kysely, type Selectable, sql, type Transaction, type Updateable } from "kysely";
import type { DialectName } from "../../db/database.ts";
import { nowIso } from "../../db/ids.ts";
import type { ApplicationStage, ContactsTable, InterviewKind } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { containsIgnoringCase } from "../../db/text-match.ts";
import type { NameCursor } from "../companies/companies.repo.ts";

export type ContactRow = Selectable<ContactsTable>;
/** A contact with its company's name and the key it sorts by. */
export type ContactListRow = ContactRow & { company_name: string | null; sort_key: string };
export type ContactChanges = Pick<
  Updateable<ContactsTable>,
  "name" | "role_title" | "email" | "phone" | "profile_url" | "company_id" | "notes"
>;

export interface LinkedApplicationRow {
  id: string;
  role_title: string;
  company_name: string | null;
  stage: ApplicationStage;
  applied_on: string | null;
}

export interface LinkedInterviewRow {
  id: string;
  application_id: string;
  role_title: string;
  company_name: string | null;
  round_name: string;
  kind: InterviewKind;
  starts_at: string;
  time_zone: string;
}

type Executor = Kysely<Database> | Transaction<Database>;

/** The user's contacts (recruiters, interviewers, referrers) and what they are linked to. */
export class ContactsRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  private selectWithCompany(db: Executor, userId: string) {
    return db
      .selectFrom("contacts as ct")
      .leftJoin("companies as co", (join) => join.onRef("co.id", "=", "ct.company_id").on("co.user_id", "=", userId))
      .selectAll("ct")
      .select(["co.name as company_name", sql<string>`lower(ct.name)`.as("sort_key")])
      .where("ct.user_id", "=", userId);
  }

  /**
   * One page sorted by name (ignoring case), then id. `q` matches the name, email or role
   * title; `after` is the previous page's last row.
   */
  list(
    userId: string,
    options: { q?: string; companyId?: string; limit: number; after?: NameCursor },
  ): Promise<ContactListRow[]> {
    let query = this.selectWithCompany(this.db, userId);
    const { q, companyId, after } = options;
    if (q) {
      query = query.where((eb) =>
        eb.or([
          containsIgnoringCase(this.dialect, "ct.name", q),
          containsIgnoringCase(this.dialect, "ct.email", q),
          containsIgnoringCase(this.dialect, "ct.role_title", q),
        ]),
      );
    }
    if (companyId) query = query.where("ct.company_id", "=", companyId);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(ct.name)`, ">", after.key),
          eb.and([eb(sql`lower(ct.name)`, "=", after.key), eb("ct.id", ">", after.id)]),
        ]),
      );
    }
    return query.orderBy(sql`lower(ct.name)`).orderBy("ct.id").limit(options.limit).execute();
  }

  findById(userId: string, id: string, db: Executor = this.db): Promise<ContactListRow | undefined> {
    return this.selectWithCompany(db, userId).where("ct.id", "=", id).executeTakeFirst();
  }

  /** Everyone at one company, by name. */
  listForCompany(userId: string, companyId: string): Promise<ContactListRow[]> {
    return this.selectWithCompany(this.db, userId)
      .where("ct.company_id", "=", companyId)
      .orderBy(sql`lower(ct.name)`)
      .orderBy("ct.id")
      .execute();
  }

  async insert(trx: Transaction<Database>, row: ContactRow): Promise<void> {
    await trx.insertInto("contacts").values(row).execute();
  }

  async update(trx: Transaction<Database>, userId: string, id: string, changes: ContactChanges): Promise<boolean> {
    const result = await trx
      .updateTable("contacts")
      .set({ ...changes, updated_at: nowIso() })
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Deletes the contact; its links to applications and interviews go with it (FK cascade). */
  async delete(trx: Transaction<Database>, userId: string, id: string): Promise<boolean> {
    const result = await trx
      .deleteFrom("contacts")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The applications the contact is linked to, most recently updated first. */
  linkedApplications(userId: string, contactId: string): Promise<LinkedApplicationRow[]> {
    return this.db
      .selectFrom("application_contacts as ac")
      .innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "ac.application_id").on("a.user_id", "=", userId),
      )
      .leftJoin("companies as co", (join) => join.onRef("co.id", "=", "a.company_id").on("co.user_id", "=", userId))
      .select(["a.id", "a.role_title", "co.name as company_name", "a.stage", "a.applied_on"])
      .where("ac.user_id", "=", userId)
      .where("ac.contact_id", "=", contactId)
      .orderBy("a.updated_at", "desc")
      .orderBy("a.id")
      .execute();
  }

  /** The interviews the contact sat on, newest first. */
  linkedInterviews(userId: string, contactId: string): Promise<LinkedInterviewRow[]> {
    return this.db
      .selectFrom("interview_interviewers as ii")
      .innerJoin("interviews as i", (join) => join.onRef("i.id", "=", "ii.interview_id").on("i.user_id", "=", userId))
      .innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "i.application_id").on("a.user_id", "=", userId),
      )
      .leftJoin("companies as co", (join) => join.onRef("co.id", "=", "a.company_id").on("co.user_id", "=", userId))
      .select([
        "i.id",
        "i.application_id",
        "a.role_title",
        "co.name as company_name",
        "i.round_name",
        "i.kind",
        "i.starts_at",
        "i.time_zone",
      ])
      .where("ii.user_id", "=", userId)
      .where("ii.contact_id", "=", contactId)
      .orderBy("i.starts_at", "desc")
      .orderBy("i.id")
      .execute();
  }
}
