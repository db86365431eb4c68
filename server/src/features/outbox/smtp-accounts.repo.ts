import type { Kysely, Selectable } from "kysely";
import type { SmtpAccountsTable } from "../../db/schema/outbox.ts";
import type { Database } from "../../db/schema.ts";

export type SmtpAccountRow = Selectable<SmtpAccountsTable>;

/** A person's own SMTP account; one per user, keyed by the user's id. */
export class SmtpAccountsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  find(userId: string): Promise<SmtpAccountRow | undefined> {
    return this.db.selectFrom("smtp_accounts").selectAll().where("user_id", "=", userId).executeTakeFirst();
  }

  /** Inserts or replaces the account (created_at is kept on replace). */
  async save(row: SmtpAccountRow): Promise<void> {
    const { user_id, created_at, ...changes } = row;
    await this.db
      .insertInto("smtp_accounts")
      .values(row)
      .onConflict((conflict) => conflict.column("user_id").doUpdateSet(changes))
      .execute();
  }

  async delete(userId: string): Promise<boolean> {
    const result = await this.db.deleteFrom("smtp_accounts").where("user_id", "=", userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
