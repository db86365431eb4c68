import type { Kysely } from "kysely";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { bumpPipelineRevision } from "./revision.ts";

const weekMs = 7 * 86_400_000;

/**
 * Moves applications that have waited in "applied" longer than their owner's ghosting setting
 * to "ghosted", recording the transition like any other, so funnels and response rates see
 * silence for what it is. Runs in the hourly housekeeping and when the setting changes.
 * Returns how many applications moved.
 */
export async function sweepGhosted(db: Kysely<Database>, now = new Date(), onlyUserId?: string): Promise<number> {
  // The shortest possible setting is one week, so nothing younger can qualify.
  let candidates = db
    .selectFrom("applications as a")
    .innerJoin("users as u", "u.id", "a.user_id")
    .select(["a.id", "a.user_id", "a.stage_changed_at", "a.closed_on", "u.ghost_after_weeks"])
    .where("a.stage", "=", "applied")
    .where("a.stage_changed_at", "<", new Date(now.getTime() - weekMs).toISOString());
  if (onlyUserId) candidates = candidates.where("a.user_id", "=", onlyUserId);
  const rows = (await candidates.execute()).filter(
    (row) => row.stage_changed_at < new Date(now.getTime() - Number(row.ghost_after_weeks) * weekMs).toISOString(),
  );

  const byUser = new Map<string, typeof rows>();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
  const at = now.toISOString();
  for (const [userId, userRows] of byUser) {
    await db.transaction().execute(async (trx) => {
      for (const row of userRows) {
        // Re-checked inside the transaction: the person may have moved it meanwhile.
        const moved = await trx
          .updateTable("applications")
          .set({ stage: "ghosted", stage_changed_at: at, closed_on: row.closed_on ?? at.slice(0, 10), updated_at: at })
          .where("user_id", "=", userId)
          .where("id", "=", row.id)
          .where("stage", "=", "applied")
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) === 0) continue;
        await trx
          .insertInto("application_stage_changes")
          .values({
            id: newId(),
            user_id: userId,
            application_id: row.id,
            from_stage: "applied",
            to_stage: "ghosted",
            changed_at: at,
          })
          .execute();
      }
      await bumpPipelineRevision(trx, userId);
    });
  }
  return rows.length;
}

/** Runs the sweep now and then every hour; returns a stopper. */
export function startGhostingSweep(db: Kysely<Database>, log: (error: unknown) => void): () => void {
  const run = () => sweepGhosted(db).catch(log);
  void run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
