import type { Kysely } from "kysely";
import type { FeedbackThemeList, FeedbackThemeSummary } from "../../../../contract/feedback.ts";
import { suggestedThemes } from "../../../../contract/feedback.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { conflict, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { FeedbackItemsService } from "./feedback-items.service.ts";

const maxQuotes = 3;

/** The user's own feedback themes, and what the tagged items say per theme. */
export class FeedbackThemesService {
  private readonly items: FeedbackItemsService;

  constructor(private readonly db: Kysely<Database>) {
    this.items = new FeedbackItemsService(db);
  }

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
    const [{ themes }, items] = await Promise.all([this.listThemes(actor), this.items.listItems(actor, {})]);
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
}
