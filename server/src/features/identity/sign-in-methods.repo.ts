import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** How a user can sign in: counts that keep anyone from removing their last way in. */
export class SignInMethodsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The user's identities at enabled providers, optionally not counting one provider or identity. */
  async enabledIdentityCount(
    userId: string,
    except: { providerId?: string; identityId?: string } = {},
  ): Promise<number> {
    let query = this.db
      .selectFrom("user_identities as i")
      .innerJoin("identity_providers as p", "p.id", "i.provider_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("i.user_id", "=", userId)
      .where("p.enabled", "=", 1);
    if (except.providerId) query = query.where("p.id", "!=", except.providerId);
    if (except.identityId) query = query.where("i.id", "!=", except.identityId);
    const row = await query.executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async hasPassword(userId: string): Promise<boolean> {
    const row = await this.db.selectFrom("users").select("password_hash").where("id", "=", userId).executeTakeFirst();
    return typeof row?.password_hash === "string";
  }
}
