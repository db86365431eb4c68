import type { Kysely, Selectable } from "kysely";
import type { ApplicationNotesTable } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";

export type ApplicationNoteRow = Selectable<ApplicationNotesTable>;

/** Dated notes on an application's timeline; every query scoped by owner. */
export class ApplicationNotesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  forApplication(userId: string, applicationId: string): Promise<ApplicationNoteRow[]> {
    return this.db
      .selectFrom("application_notes")
      .selectAll()
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .orderBy("created_at", "desc")
      .execute();
  }

  find(userId: string, id: string): Promise<ApplicationNoteRow | undefined> {
    return this.db
      .selectFrom("application_notes")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async insert(row: ApplicationNoteRow): Promise<void> {
    await this.db.insertInto("application_notes").values(row).execute();
  }

  async update(userId: string, id: string, body: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable("application_notes")
      .set({ body, updated_at: now })
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("application_notes")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
