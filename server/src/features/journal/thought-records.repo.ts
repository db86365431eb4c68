import type { Kysely, Selectable, Updateable } from "kysely";
import type { ThoughtRecordsTable } from "../../db/schema/journal.ts";
import type { Database } from "../../db/schema.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";

export type ThoughtRecordRow = Selectable<ThoughtRecordsTable>;

/** Private thought records; every query scoped by owner. */
export class ThoughtRecordsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async find(userId: string, id: string): Promise<ThoughtRecordRow | undefined> {
    return this.db
      .selectFrom("thought_records")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  /** Newest first, keyset-paginated on (created_at, id) descending. */
  async list(userId: string, query: { limit: number; cursor?: string }) {
    let select = this.db.selectFrom("thought_records").selectAll().where("user_id", "=", userId);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      select = select.where((eb) =>
        eb.or([
          eb("created_at", "<", String(value)),
          eb.and([eb("created_at", "=", String(value)), eb("id", "<", id)]),
        ]),
      );
    }
    const rows = await select
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const items = hasMore ? rows.slice(0, query.limit) : rows;
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last.created_at, last.id) : null };
  }

  async insert(row: ThoughtRecordRow): Promise<void> {
    await this.db.insertInto("thought_records").values(row).execute();
  }

  async update(userId: string, id: string, changes: Updateable<ThoughtRecordsTable>): Promise<boolean> {
    const result = await this.db
      .updateTable("thought_records")
      .set(changes)
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("thought_records")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
