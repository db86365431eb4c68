import type { Kysely, Selectable, Updateable } from "kysely";
import type { SoftLandingsTable } from "../../db/schema/growth.ts";
import type { Database } from "../../db/schema.ts";

export type SoftLandingRow = Selectable<SoftLandingsTable>;

/** Soft landings; every query scoped by owner. */
export class SoftLandingsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async find(userId: string, applicationId: string): Promise<SoftLandingRow | undefined> {
    return this.db
      .selectFrom("soft_landings")
      .selectAll()
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .executeTakeFirst();
  }

  async insert(row: SoftLandingRow): Promise<void> {
    await this.db.insertInto("soft_landings").values(row).execute();
  }

  async update(userId: string, applicationId: string, changes: Updateable<SoftLandingsTable>): Promise<void> {
    await this.db
      .updateTable("soft_landings")
      .set(changes)
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .execute();
  }
}
