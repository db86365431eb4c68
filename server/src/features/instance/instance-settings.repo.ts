import type { Kysely } from "kysely";
import { nowIso } from "../../db/ids.ts";
import { preparedQuery } from "../../db/prepared-query.ts";
import type { Database } from "../../db/schema.ts";

/** Instance-wide key/value settings (JSON values). Only the owner's service writes them. */
export class InstanceSettingsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private getQuery?: (key: string) => Promise<{ value: string }[]>;

  async get<T>(key: string): Promise<T | undefined> {
    this.getQuery ??= preparedQuery(this.db, 1, (name: string) =>
      this.db.selectFrom("instance_settings").select("value").where("key", "=", name),
    );
    const [row] = await this.getQuery(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    const updatedAt = nowIso();
    await this.db
      .insertInto("instance_settings")
      .values({ key, value: json, updated_at: updatedAt })
      .onConflict((conflict) => conflict.column("key").doUpdateSet({ value: json, updated_at: updatedAt }))
      .execute();
  }
}
