import type { Kysely } from "kysely";
import type { FeedbackItem, FeedbackItemWithSource } from "../../../../contract/feedback.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { FeedbackEntriesService } from "./feedback-entries.service.ts";
import { itemsOfEntries, presentItem } from "./feedback-entry-items.ts";

/** The feedback log's items: the points an entry is split into, each tagged with one of the user's themes. */
export class FeedbackItemsService {
  private readonly entries: FeedbackEntriesService;

  constructor(private readonly db: Kysely<Database>) {
    this.entries = new FeedbackEntriesService(db);
  }

  /** Replaces an entry's items in one transaction (all or nothing). */
  async replaceItems(
    actor: Pick<Actor, "userId">,
    entryId: string,
    items: { id?: string | undefined; text: string; themeId: string | null }[],
  ): Promise<FeedbackItem[]> {
    const userId = actor.userId;
    await this.db.transaction().execute(async (trx) => {
      await this.entries.getEntry(actor, entryId, trx);
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
    return (await itemsOfEntries(this.db, userId, [entryId])).get(entryId) ?? [];
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
      ...presentItem(row),
      applicationId: row.application_id,
      roleTitle: row.role_title,
      companyName: row.company_name,
      fromName: Number(row.anonymous) ? "" : row.from_name,
      source: row.source,
      receivedAt: row.received_at,
    }));
  }
}
