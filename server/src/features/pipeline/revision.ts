import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * Every pipeline write bumps the owner's revision in the same transaction. Read models (the
 * board, the funnel, the calendar feed) are cached per user and revision, so a cached copy is
 * never served after a change — on any instance, since the revision lives in the database.
 */
export async function bumpPipelineRevision(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable("users")
    .set((eb) => ({ pipeline_revision: eb("pipeline_revision", "+", 1) }))
    .where("id", "=", userId)
    .execute();
}

export async function currentPipelineRevision(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db.selectFrom("users").select("pipeline_revision").where("id", "=", userId).executeTakeFirst();
  return Number(row?.pipeline_revision ?? 0);
}

/** The revision that came with the request when there is one (at once), else read from the database. */
export function pipelineRevisionOf(
  db: Kysely<Database>,
  actor: { userId: string; pipelineRevision?: number },
): number | Promise<number> {
  return actor.pipelineRevision ?? currentPipelineRevision(db, actor.userId);
}
