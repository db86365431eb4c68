import type { Kysely, Selectable, Updateable } from "kysely";
import type { WritingSessionsTable } from "../../db/schema/growth.ts";
import type { Database } from "../../db/schema.ts";

export type WritingSessionRow = Selectable<WritingSessionsTable>;

/** Private writing sessions; every query scoped by owner. */
export class WritingSessionsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async find(userId: string, id: string): Promise<WritingSessionRow | undefined> {
    return this.db
      .selectFrom("writing_sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  /** Newest first; at most 200 (a person writes a handful, not thousands). */
  async list(userId: string, applicationId?: string): Promise<WritingSessionRow[]> {
    let select = this.db.selectFrom("writing_sessions").selectAll().where("user_id", "=", userId);
    if (applicationId) select = select.where("application_id", "=", applicationId);
    return select.orderBy("created_at", "desc").orderBy("id", "desc").limit(200).execute();
  }

  async insert(row: WritingSessionRow): Promise<void> {
    await this.db.insertInto("writing_sessions").values(row).execute();
  }

  async update(userId: string, id: string, changes: Updateable<WritingSessionsTable>): Promise<boolean> {
    const result = await this.db
      .updateTable("writing_sessions")
      .set(changes)
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("writing_sessions")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
