import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../auth/actor.ts";
import { sweepGhosted } from "./ghosting.ts";

/** Per-user pipeline settings: for now, after how many silent weeks an application is ghosted. */
export class PipelineSettingsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor): Promise<{ ghostAfterWeeks: number }> {
    const row = await this.db
      .selectFrom("users")
      .select("ghost_after_weeks")
      .where("id", "=", actor.userId)
      .executeTakeFirstOrThrow();
    return { ghostAfterWeeks: Number(row.ghost_after_weeks) };
  }

  async update(actor: Actor, input: { ghostAfterWeeks: number }): Promise<{ ghostAfterWeeks: number }> {
    await this.db
      .updateTable("users")
      .set({ ghost_after_weeks: input.ghostAfterWeeks, updated_at: nowIso() })
      .where("id", "=", actor.userId)
      .execute();
    // A shorter wait applies at once rather than at the next hourly sweep.
    await sweepGhosted(this.db, new Date(), actor.userId);
    return this.get(actor);
  }
}
