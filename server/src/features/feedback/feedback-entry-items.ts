import type { Kysely } from "kysely";
import type { FeedbackItem } from "../../../../contract/feedback.ts";
import type { Database } from "../../db/schema.ts";

/**
 * The items of the owner's given entries with their theme names, grouped by entry and in
 * order. Shared by the entries (an entry shows its items) and the items (after a replace).
 */
export async function itemsOfEntries(
  db: Kysely<Database>,
  userId: string,
  entryIds: string[],
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
    list.push(presentItem(row));
    result.set(row.entry_id, list);
  }
  return result;
}

/** An item as the API shows it, from its row and its theme's name. */
export function presentItem(row: {
  id: string;
  entry_id: string;
  text: string;
  theme_id: string | null;
  theme_name: string | null;
  position: number;
}): FeedbackItem {
  return {
    id: row.id,
    entryId: row.entry_id,
    text: row.text,
    themeId: row.theme_id,
    themeName: row.theme_name,
    position: Number(row.position),
  };
}
