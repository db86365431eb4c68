import type { Kysely, Selectable, Transaction } from "kysely";
import type { RegistrationInvitesTable } from "../../db/schema/registration-invites.ts";
import type { Database } from "../../db/schema.ts";

export type InviteRow = Selectable<RegistrationInvitesTable>;

/** Registration invites, owned by the owner who made them. */
export class InvitesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: InviteRow): Promise<void> {
    await this.db.insertInto("registration_invites").values(row).execute();
  }

  listForUser(userId: string): Promise<InviteRow[]> {
    return this.db
      .selectFrom("registration_invites")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("created_at", "desc")
      .execute();
  }

  async deleteForUser(userId: string, inviteId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("registration_invites")
      .where("user_id", "=", userId)
      .where("id", "=", inviteId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Marks an unused, unexpired invite as used, atomically: of two registrations racing for the
   * same invite only one gets true.
   */
  async consume(trx: Transaction<Database>, tokenHash: string, usedBy: string, now: string): Promise<boolean> {
    const result = await trx
      .updateTable("registration_invites")
      .set({ used_at: now, used_by_user_id: usedBy })
      .where("token_hash", "=", tokenHash)
      .where("used_at", "is", null)
      .where("expires_at", ">", now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
