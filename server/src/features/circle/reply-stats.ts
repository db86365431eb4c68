import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Reply count and latest reply time per share, leaving removed replies out. */
export async function replyStats(
  db: Kysely<Database>,
  shareIds: readonly string[],
): Promise<Map<string, { count: number; lastAt: string | null }>> {
  const stats = new Map<string, { count: number; lastAt: string | null }>();
  if (shareIds.length === 0) return stats;
  const rows = await db
    .selectFrom("circle_replies")
    .select((eb) => ["share_id", eb.fn.countAll().as("count"), eb.fn.max("created_at").as("last_at")])
    .where("share_id", "in", shareIds)
    .where("deleted_at", "is", null)
    .groupBy("share_id")
    .execute();
  for (const row of rows) stats.set(row.share_id, { count: Number(row.count), lastAt: row.last_at ?? null });
  return stats;
}
