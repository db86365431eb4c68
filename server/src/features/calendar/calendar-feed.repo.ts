import type { Kysely, Selectable } from "kysely";
import type { CalendarFeedsTable } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { UnchangedDatabaseMemo } from "../../db/unchanged-database-memo.ts";

export type CalendarFeedRow = Selectable<CalendarFeedsTable>;

/** The one feed secret a person may have (only its hash); at most one row per user. */
export class CalendarFeedRepo {
  /** Calendar apps poll the feed all day; its owner is asked of the database again after any write. */
  private readonly ownersByHash: UnchangedDatabaseMemo<{ userId: string; revision: number } | undefined>;

  constructor(private readonly db: Kysely<Database>) {
    this.ownersByHash = new UnchangedDatabaseMemo(db);
  }

  findForUser(userId: string): Promise<CalendarFeedRow | undefined> {
    return this.db.selectFrom("calendar_feeds").selectAll().where("user_id", "=", userId).executeTakeFirst();
  }

  /**
   * The feed's owner and their pipeline revision (which keys the cached feed), in one query.
   * The secret in the URL is the credential here, so there is no user to scope by.
   */
  ownerOf(tokenHash: string): Promise<{ userId: string; revision: number } | undefined> {
    return this.ownersByHash.get(tokenHash, () => this.queryOwner(tokenHash));
  }

  private async queryOwner(tokenHash: string): Promise<{ userId: string; revision: number } | undefined> {
    const row = await this.db
      .selectFrom("calendar_feeds")
      .innerJoin("users", "users.id", "calendar_feeds.user_id")
      .select(["users.id", "users.pipeline_revision"])
      .where("calendar_feeds.token_hash", "=", tokenHash)
      .executeTakeFirst();
    return row && { userId: row.id, revision: Number(row.pipeline_revision) };
  }

  /** Stores a new hash, replacing any earlier one in the same statement, so the old URL dies at once. */
  async replace(row: CalendarFeedRow): Promise<void> {
    await this.db
      .insertInto("calendar_feeds")
      .values(row)
      .onConflict((conflict) =>
        conflict.column("user_id").doUpdateSet({ token_hash: row.token_hash, created_at: row.created_at }),
      )
      .execute();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.db.deleteFrom("calendar_feeds").where("user_id", "=", userId).execute();
  }
}
