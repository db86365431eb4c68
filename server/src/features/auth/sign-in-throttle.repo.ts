import type { Kysely, Selectable } from "kysely";
import type { SignInThrottleTable } from "../../db/schema/sign-in-throttle.ts";
import type { Database } from "../../db/schema.ts";

export type ThrottleRow = Selectable<SignInThrottleTable>;

/** Failure counters for sign-in, shared by every app instance through the database. */
export class SignInThrottleRepo {
  constructor(private readonly db: Kysely<Database>) {}

  find(keys: string[]): Promise<ThrottleRow[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.db.selectFrom("sign_in_throttle").selectAll().where("key", "in", keys).execute();
  }

  async upsert(row: ThrottleRow): Promise<void> {
    await this.db
      .insertInto("sign_in_throttle")
      .values(row)
      .onConflict((conflict) =>
        conflict.column("key").doUpdateSet({
          failures: row.failures,
          window_started_at: row.window_started_at,
          blocked_until: row.blocked_until,
        }),
      )
      .execute();
  }

  async delete(key: string): Promise<void> {
    await this.db.deleteFrom("sign_in_throttle").where("key", "=", key).execute();
  }

  /** Removes counters whose window started before `windowStartedBefore` and that are not blocked now. */
  async deleteStale(windowStartedBefore: string, now: string): Promise<void> {
    await this.db
      .deleteFrom("sign_in_throttle")
      .where("window_started_at", "<", windowStartedBefore)
      .where((eb) => eb.or([eb("blocked_until", "is", null), eb("blocked_until", "<", now)]))
      .execute();
  }
}
