import type { Kysely, Selectable } from "kysely";
import type {
  CreateFeedbackEntry,
  FeedbackEntry,
  FeedbackItem,
  UpdateFeedbackEntry,
} from "../../../../contract/feedback.ts";
import { newId } from "../../db/ids.ts";
import type { FeedbackEntriesTable } from "../../db/schema/feedback.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import { ApplicationsRepo } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";
import { itemsOfEntries } from "./feedback-entry-items.ts";

type EntryRow = Selectable<FeedbackEntriesTable> & { role_title: string | null; company_name: string | null };

/** An entry's keep / change list, stored as JSON text; anything unreadable reads as empty. */
export const parseList = (json: string): string[] => {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
};

/** A date the user picked is stored as noon UTC, so it reads as that day in every time zone near it. */
const receivedAtOf = (day: string | undefined, now: Date) => (day ? `${day}T12:00:00.000Z` : now.toISOString());

/** The feedback log's entries, from any channel, and the new-feedback indicator over them. */
export class FeedbackEntriesService {
  constructor(private readonly db: Kysely<Database>) {}

  async listEntries(actor: Pick<Actor, "userId">, query: { applicationId?: string } = {}): Promise<FeedbackEntry[]> {
    let select = this.entryQuery(actor.userId, this.db);
    if (query.applicationId) select = select.where("e.application_id", "=", query.applicationId);
    const rows = await select.orderBy("e.received_at", "desc").orderBy("e.id", "desc").execute();
    const items = await itemsOfEntries(
      this.db,
      actor.userId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => presentEntry(row, items.get(row.id) ?? []));
  }

  async getEntry(actor: Pick<Actor, "userId">, id: string, db: Kysely<Database> = this.db): Promise<FeedbackEntry> {
    const row = await this.entryQuery(actor.userId, db).where("e.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Feedback entry");
    const items = await itemsOfEntries(db, actor.userId, [id]);
    return presentEntry(row, items.get(id) ?? []);
  }

  async createEntry(
    actor: Pick<Actor, "userId">,
    input: CreateFeedbackEntry,
    now = new Date(),
  ): Promise<FeedbackEntry> {
    const id = newId();
    const at = now.toISOString();
    await this.db.transaction().execute(async (trx) => {
      if (input.applicationId) await this.requireApplication(actor.userId, input.applicationId, trx);
      await trx
        .insertInto("feedback_entries")
        .values({
          id,
          user_id: actor.userId,
          application_id: input.applicationId ?? null,
          request_id: null,
          source: input.source,
          from_name: input.fromName ?? "",
          from_role: input.fromRole ?? "",
          anonymous: input.anonymous ? 1 : 0,
          went_well: input.wentWell ?? "",
          to_change: input.toChange ?? "",
          advice: input.advice ?? "",
          keep: JSON.stringify(input.keep ?? []),
          change: JSON.stringify(input.change ?? []),
          body: input.body ?? "",
          received_at: receivedAtOf(input.receivedOn, now),
          unread: 0,
          edit_key_hash: null,
          editable_until: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    });
    return this.getEntry(actor, id);
  }

  async updateEntry(actor: Pick<Actor, "userId">, id: string, input: UpdateFeedbackEntry): Promise<FeedbackEntry> {
    await this.db.transaction().execute(async (trx) => {
      await this.getEntry(actor, id, trx);
      if (input.applicationId) await this.requireApplication(actor.userId, input.applicationId, trx);
      const set: Partial<Selectable<FeedbackEntriesTable>> = { updated_at: new Date().toISOString() };
      if (input.applicationId !== undefined) set.application_id = input.applicationId;
      if (input.source !== undefined) set.source = input.source;
      if (input.fromName !== undefined) set.from_name = input.fromName;
      if (input.fromRole !== undefined) set.from_role = input.fromRole;
      if (input.anonymous !== undefined) set.anonymous = input.anonymous ? 1 : 0;
      if (input.wentWell !== undefined) set.went_well = input.wentWell;
      if (input.toChange !== undefined) set.to_change = input.toChange;
      if (input.advice !== undefined) set.advice = input.advice;
      if (input.keep !== undefined) set.keep = JSON.stringify(input.keep);
      if (input.change !== undefined) set.change = JSON.stringify(input.change);
      if (input.body !== undefined) set.body = input.body;
      if (input.receivedOn !== undefined) set.received_at = receivedAtOf(input.receivedOn, new Date());
      await trx
        .updateTable("feedback_entries")
        .set(set)
        .where("user_id", "=", actor.userId)
        .where("id", "=", id)
        .execute();
    });
    return this.getEntry(actor, id);
  }

  async deleteEntry(actor: Pick<Actor, "userId">, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("feedback_items").where("user_id", "=", actor.userId).where("entry_id", "=", id).execute();
      const result = await trx
        .deleteFrom("feedback_entries")
        .where("user_id", "=", actor.userId)
        .where("id", "=", id)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw notFound("Feedback entry");
    });
  }

  // ---------- new feedback indicator ----------

  async unreadCount(actor: Pick<Actor, "userId">): Promise<number> {
    const row = await this.db
      .selectFrom("feedback_entries")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .where("user_id", "=", actor.userId)
      .where("unread", "=", 1)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  async markAllSeen(actor: Pick<Actor, "userId">): Promise<void> {
    await this.db
      .updateTable("feedback_entries")
      .set({ unread: 0 })
      .where("user_id", "=", actor.userId)
      .where("unread", "=", 1)
      .execute();
  }

  // ---------- helpers ----------

  private async requireApplication(userId: string, applicationId: string, db: Kysely<Database>) {
    if (!(await new ApplicationsRepo(db).find(userId, applicationId))) {
      throw badRequest("That application is not one of yours.", [
        { path: "applicationId", message: "unknown application" },
      ]);
    }
  }

  private entryQuery(userId: string, db: Kysely<Database>) {
    return db
      .selectFrom("feedback_entries as e")
      .leftJoin("applications as a", (join) => join.onRef("a.id", "=", "e.application_id").on("a.user_id", "=", userId))
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .selectAll("e")
      .select(["a.role_title", "c.name as company_name"])
      .where("e.user_id", "=", userId);
  }
}

function presentEntry(row: EntryRow, items: FeedbackItem[]): FeedbackEntry {
  return {
    id: row.id,
    applicationId: row.application_id,
    roleTitle: row.role_title,
    companyName: row.company_name,
    requestId: row.request_id,
    source: row.source,
    fromName: row.from_name,
    fromRole: row.from_role,
    anonymous: Boolean(Number(row.anonymous)),
    wentWell: row.went_well,
    toChange: row.to_change,
    advice: row.advice,
    keep: parseList(row.keep),
    change: parseList(row.change),
    body: row.body,
    receivedAt: row.received_at,
    unread: Boolean(Number(row.unread)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    items,
  };
}
