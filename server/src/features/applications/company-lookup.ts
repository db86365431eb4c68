import { type Kysely, sql } from "kysely";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";

/**
 * The user's company with this name (compared case-insensitively), created when there is none.
 * Used inside the caller's transaction by quick add, the application form and CSV import.
 */
export async function findOrCreateCompany(
  db: Kysely<Database>,
  userId: string,
  name: string,
): Promise<{ id: string; name: string }> {
  const trimmed = name.trim();
  const existing = await db
    .selectFrom("companies")
    .select(["id", "name"])
    .where("user_id", "=", userId)
    .where(sql<string>`lower(name)`, "=", trimmed.toLowerCase())
    .orderBy("created_at")
    .executeTakeFirst();
  if (existing) return existing;
  const now = nowIso();
  const id = newId();
  await db
    .insertInto("companies")
    .values({
      id,
      user_id: userId,
      name: trimmed,
      website: null,
      size_band: null,
      industry: null,
      notes: "",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { id, name: trimmed };
}
