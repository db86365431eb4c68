import type { Kysely, Selectable, Transaction } from "kysely";
import { newId, nowIso } from "../../db/ids.ts";
import type { UserIdentitiesTable } from "../../db/schema/identity.ts";
import type { Database } from "../../db/schema.ts";

export type UserIdentityRow = Selectable<UserIdentitiesTable>;
type Executor = Kysely<Database> | Transaction<Database>;

/** Identities linked to users. Every query but the sign-in lookup is scoped by user id. */
export class UserIdentitiesRepo {
  constructor(private readonly db: Executor) {}

  /** The sign-in lookup: who this provider account belongs to, if anyone. */
  findByProviderSubject(providerId: string, subject: string): Promise<UserIdentityRow | undefined> {
    return this.db
      .selectFrom("user_identities")
      .selectAll()
      .where("provider_id", "=", providerId)
      .where("subject", "=", subject)
      .executeTakeFirst();
  }

  /** My identities with their providers, for the settings page. */
  listForUser(userId: string) {
    return this.db
      .selectFrom("user_identities as i")
      .innerJoin("identity_providers as p", "p.id", "i.provider_id")
      .select([
        "i.id",
        "i.email",
        "i.email_verified",
        "i.created_at",
        "i.last_used_at",
        "p.slug",
        "p.display_name",
        "p.preset",
        "p.enabled",
      ])
      .where("i.user_id", "=", userId)
      .orderBy("i.created_at")
      .execute();
  }

  async insert(identity: {
    userId: string;
    providerId: string;
    subject: string;
    email: string | null;
    emailVerified: boolean;
  }): Promise<UserIdentityRow> {
    const now = nowIso();
    const row: UserIdentityRow = {
      id: newId(),
      user_id: identity.userId,
      provider_id: identity.providerId,
      subject: identity.subject,
      email: identity.email,
      email_verified: identity.emailVerified ? 1 : 0,
      created_at: now,
      last_used_at: now,
    };
    await this.db.insertInto("user_identities").values(row).execute();
    return row;
  }

  /** Remembers the last use and the email the provider gave this time (emails change). */
  async touch(userId: string, id: string, email: string | null, emailVerified: boolean): Promise<void> {
    await this.db
      .updateTable("user_identities")
      .set({ last_used_at: nowIso(), email, email_verified: emailVerified ? 1 : 0 })
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .execute();
  }

  async deleteForUser(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("user_identities")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
