import type { Kysely, Selectable } from "kysely";
import type {
  CreateFeedbackEntry,
  FeedbackEntry,
  FeedbackItem,
  FeedbackItemWithSource,
  FeedbackThemeList,
  FeedbackThemeSummary,
  UpdateFeedbackEntry,
} from "../../../../contract/feedback.ts";
import { suggestedThemes } from "../../../../contract/feedback.ts";
import { newId } from "../../db/ids.ts";
import type { FeedbackEntriesTable } from "../../db/schema/feedback.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, conflict, notFound } from "../../errors.ts";
import { ApplicationsRepo } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";

type EntryRow = Selectable<FeedbackEntriesTable> & { role_title: string | null; company_name: string | null };

const parseList = (json: string): string[] => {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
};

/** A date the user picked is stored as noon UTC, so it reads as that day in every time zone near it. */
const receivedAtOf = (day: string | undefined, now: Date) => (day ? `${day}T12:00:00.000Z` : now.toISOString());

const maxQuotes = 3;

/** The feedback log: entries from any channel, split into items tagged with the user's themes. */
export class FeedbackLogService {
  constructor(private readonly db: Kysely<Database>) {}

  async listEntries(actor: Pick<Actor, "userId">, query: { applicationId?: string } = {}): Promise<FeedbackEntry[]> {
    let select = this.entryQuery(actor.userId, this.db);
    if (query.applicationId) select = select.where("e.application_id", "=", query.applicationId);
    const rows = await select.orderBy("e.received_at", "desc").orderBy("e.id", "desc").execute();
    const items = await this.itemsFor(
      actor.userId,
      rows.map((row) => row.id),
      this.db,
    );
    return rows.map((row) => presentEntry(row, items.get(row.id) ?? []));
  }

  async getEntry(actor: Pick<Actor, "userId">, id: string, db: Kysely<Database> = this.db): Promise<FeedbackEntry> {
    const row = await this.entryQuery(actor.userId, db).where("e.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Feedback entry");
    const items = await this.itemsFor(actor.userId, [id], db);
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

  /** Replaces an entry's items in one transaction (all or nothing). */
  async replaceItems(
    actor: Pick<Actor, "userId">,
    entryId: string,
    items: { id?: string | undefined; text: string; themeId: string | null }[],
  ): Promise<FeedbackItem[]> {
    const userId = actor.userId;
    await this.db.transaction().execute(async (trx) => {
      await this.getEntry(actor, entryId, trx);
      const themeIds = [...new Set(items.map((item) => item.themeId).filter((id): id is string => id !== null))];
      if (themeIds.length > 0) {
        const found = await trx
          .selectFrom("feedback_themes")
          .select("id")
          .where("user_id", "=", userId)
          .where("id", "in", themeIds)
          .execute();
        const known = new Set(found.map((row) => row.id));
        const problems = items.flatMap((item, index) =>
          item.themeId && !known.has(item.themeId)
            ? [{ path: `items.${index}.themeId`, message: "unknown theme" }]
            : [],
        );
        if (problems.length > 0) throw badRequest("Some themes are not yours.", problems);
      }
      // Items sent with their id are kept (so action items linked to them stay linked); the rest
      // of the entry's items go, and items without an id are new.
      const existing = await trx
        .selectFrom("feedback_items")
        .select("id")
        .where("user_id", "=", userId)
        .where("entry_id", "=", entryId)
        .execute();
      const existingIds = new Set(existing.map((row) => row.id));
      const seen = new Set<string>();
      const idProblems = items.flatMap((item, index) => {
        if (item.id === undefined) return [];
        const problem = !existingIds.has(item.id)
          ? "is not an item of this entry"
          : seen.has(item.id)
            ? "is listed twice"
            : null;
        seen.add(item.id);
        return problem ? [{ path: `items.${index}.id`, message: problem }] : [];
      });
      if (idProblems.length > 0) throw badRequest("Some items are not this entry's.", idProblems);
      const gone = [...existingIds].filter((id) => !seen.has(id));
      if (gone.length > 0) {
        await trx.deleteFrom("feedback_items").where("user_id", "=", userId).where("id", "in", gone).execute();
      }
      const at = new Date().toISOString();
      for (const [position, item] of items.entries()) {
        if (item.id !== undefined) {
          await trx
            .updateTable("feedback_items")
            .set({ text: item.text, theme_id: item.themeId, position })
            .where("user_id", "=", userId)
            .where("id", "=", item.id)
            .execute();
        } else {
          await trx
            .insertInto("feedback_items")
            .values({
              id: newId(),
              user_id: userId,
              entry_id: entryId,
              text: item.text,
              theme_id: item.themeId,
              position,
              created_at: at,
            })
            .execute();
        }
      }
    });
    return (await this.itemsFor(userId, [entryId], this.db)).get(entryId) ?? [];
  }

  async listItems(
    actor: Pick<Actor, "userId">,
    query: { themeId?: string; applicationId?: string },
  ): Promise<FeedbackItemWithSource[]> {
    const userId = actor.userId;
    let select = this.db
      .selectFrom("feedback_items as i")
      .innerJoin("feedback_entries as e", (join) => join.onRef("e.id", "=", "i.entry_id").on("e.user_id", "=", userId))
      .leftJoin("feedback_themes as t", (join) => join.onRef("t.id", "=", "i.theme_id").on("t.user_id", "=", userId))
      .leftJoin("applications as a", (join) => join.onRef("a.id", "=", "e.application_id").on("a.user_id", "=", userId))
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .select([
        "i.id",
        "i.entry_id",
        "i.text",
        "i.theme_id",
        "i.position",
        "t.name as theme_name",
        "e.application_id",
        "e.from_name",
        "e.anonymous",
        "e.source",
        "e.received_at",
        "a.role_title",
        "c.name as company_name",
      ])
      .where("i.user_id", "=", userId);
    if (query.themeId) select = select.where("i.theme_id", "=", query.themeId);
    if (query.applicationId) select = select.where("e.application_id", "=", query.applicationId);
    const rows = await select.orderBy("e.received_at", "desc").orderBy("i.entry_id").orderBy("i.position").execute();
    return rows.map((row) => ({
      id: row.id,
      entryId: row.entry_id,
      text: row.text,
      themeId: row.theme_id,
      themeName: row.theme_name,
      position: Number(row.position),
      applicationId: row.application_id,
      roleTitle: row.role_title,
      companyName: row.company_name,
      fromName: Number(row.anonymous) ? "" : row.from_name,
      source: row.source,
      receivedAt: row.received_at,
    }));
  }

  // ---------- themes ----------

  async listThemes(actor: Pick<Actor, "userId">): Promise<FeedbackThemeList> {
    const rows = await this.db
      .selectFrom("feedback_themes as t")
      .leftJoin("feedback_items as i", (join) =>
        join.onRef("i.theme_id", "=", "t.id").on("i.user_id", "=", actor.userId),
      )
      .select(["t.id", "t.name", (eb) => eb.fn.count<number>("i.id").as("item_count")])
      .where("t.user_id", "=", actor.userId)
      .groupBy(["t.id", "t.name"])
      .orderBy("t.name")
      .execute();
    const names = new Set(rows.map((row) => row.name.toLowerCase()));
    return {
      themes: rows.map((row) => ({ id: row.id, name: row.name, itemCount: Number(row.item_count) })),
      suggestions: suggestedThemes.filter((name) => !names.has(name)),
    };
  }

  async createTheme(actor: Pick<Actor, "userId">, name: string) {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      await this.assertNameFree(actor.userId, name, null, trx);
      await trx
        .insertInto("feedback_themes")
        .values({ id, user_id: actor.userId, name, created_at: new Date().toISOString() })
        .execute();
    });
    return this.theme(actor.userId, id);
  }

  async renameTheme(actor: Pick<Actor, "userId">, id: string, name: string) {
    await this.db.transaction().execute(async (trx) => {
      await this.theme(actor.userId, id, trx);
      await this.assertNameFree(actor.userId, name, id, trx);
      await trx
        .updateTable("feedback_themes")
        .set({ name })
        .where("user_id", "=", actor.userId)
        .where("id", "=", id)
        .execute();
    });
    return this.theme(actor.userId, id);
  }

  /** Deletes a theme; its items stay, untagged. */
  async deleteTheme(actor: Pick<Actor, "userId">, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.theme(actor.userId, id, trx);
      await trx
        .updateTable("feedback_items")
        .set({ theme_id: null })
        .where("user_id", "=", actor.userId)
        .where("theme_id", "=", id)
        .execute();
      await trx.deleteFrom("feedback_themes").where("user_id", "=", actor.userId).where("id", "=", id).execute();
    });
  }

  /** Per theme: how many items, from how many companies and people, and a few quotes. */
  async themeSummary(actor: Pick<Actor, "userId">): Promise<FeedbackThemeSummary> {
    const [{ themes }, items] = await Promise.all([this.listThemes(actor), this.listItems(actor, {})]);
    const byTheme = new Map<string, typeof items>();
    let untaggedCount = 0;
    for (const item of items) {
      if (!item.themeId) {
        untaggedCount += 1;
        continue;
      }
      byTheme.set(item.themeId, [...(byTheme.get(item.themeId) ?? []), item]);
    }
    const summary = themes.map((theme) => {
      const themed = byTheme.get(theme.id) ?? [];
      const companies = new Set(themed.flatMap((item) => (item.companyName ? [item.companyName.toLowerCase()] : [])));
      // A named person counts once; an anonymous or unnamed entry counts as its own person.
      const people = new Set(
        themed.map((item) =>
          item.fromName.trim() ? `name:${item.fromName.trim().toLowerCase()}` : `entry:${item.entryId}`,
        ),
      );
      return {
        id: theme.id,
        name: theme.name,
        itemCount: themed.length,
        companyCount: companies.size,
        peopleCount: people.size,
        quotes: themed.slice(0, maxQuotes).map((item) => ({
          itemId: item.id,
          text: item.text,
          companyName: item.companyName,
          fromName: item.fromName,
        })),
      };
    });
    summary.sort((a, b) => b.itemCount - a.itemCount || a.name.localeCompare(b.name));
    return { themes: summary, untaggedCount };
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

  private async theme(userId: string, id: string, db: Kysely<Database> = this.db) {
    const row = await db
      .selectFrom("feedback_themes as t")
      .leftJoin("feedback_items as i", (join) => join.onRef("i.theme_id", "=", "t.id").on("i.user_id", "=", userId))
      .select(["t.id", "t.name", (eb) => eb.fn.count<number>("i.id").as("item_count")])
      .where("t.user_id", "=", userId)
      .where("t.id", "=", id)
      .groupBy(["t.id", "t.name"])
      .executeTakeFirst();
    if (!row) throw notFound("Theme");
    return { id: row.id, name: row.name, itemCount: Number(row.item_count) };
  }

  private async assertNameFree(userId: string, name: string, exceptId: string | null, db: Kysely<Database>) {
    const rows = await db.selectFrom("feedback_themes").select(["id", "name"]).where("user_id", "=", userId).execute();
    if (rows.some((row) => row.id !== exceptId && row.name.toLowerCase() === name.toLowerCase())) {
      throw conflict("You already have a theme with that name.", [{ path: "name", message: "is already a theme" }]);
    }
  }

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

  private async itemsFor(
    userId: string,
    entryIds: string[],
    db: Kysely<Database>,
  ): Promise<Map<string, FeedbackItem[]>> {
    const result = new Map<string, FeedbackItem[]>();
    if (entryIds.length === 0) return result;
    const rows = await db
      .selectFrom("feedback_items as i")
      .leftJoin("feedback_themes as t", (join) => join.onRef("t.id", "=", "i.theme_id").on("t.user_id", "=", userId))
      .select(["i.id", "i.entry_id", "i.text", "i.theme_id", "i.position", "t.name as theme_name"])
      .where("i.user_id", "=", userId)
      .where("i.entry_id", "in", entryIds)
      .orderBy("i.entry_id")
      .orderBy("i.position")
      .execute();
    for (const row of rows) {
      const list = result.get(row.entry_id) ?? [];
      list.push({
        id: row.id,
        entryId: row.entry_id,
        text: row.text,
        themeId: row.theme_id,
        themeName: row.theme_name,
        position: Number(row.position),
      });
      result.set(row.entry_id, list);
    }
    return result;
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
