import type { Kysely, Selectable } from "kysely";
import type { PersonalAccessTokensTable } from "../../db/schema/personal-access-tokens.ts";
import type { Database } from "../../db/schema.ts";
import type { UserRow } from "../auth/users.repo.ts";

export type TokenRow = Selectable<PersonalAccessTokensTable>;

/** Personal access tokens; every query but the Bearer lookup is scoped by the owner. */
export class TokensRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: TokenRow): Promise<void> {
    await this.db.insertInto("personal_access_tokens").values(row).execute();
  }

  listForUser(userId: string): Promise<TokenRow[]> {
    return this.db
      .selectFrom("personal_access_tokens")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("created_at", "desc")
      .execute();
  }

  async deleteForUser(userId: string, tokenId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("personal_access_tokens")
      .where("user_id", "=", userId)
      .where("id", "=", tokenId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The token's owner for a Bearer request; the token itself is the credential here. */
  async findLiveWithUser(tokenHash: string, now: string): Promise<{ token: TokenRow; user: UserRow } | undefined> {
    const token = await this.db
      .selectFrom("personal_access_tokens")
      .selectAll()
      .where("token_hash", "=", tokenHash)
      .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", now)]))
      .executeTakeFirst();
    if (!token) return undefined;
    const user = await this.db.selectFrom("users").selectAll().where("id", "=", token.user_id).executeTakeFirst();
    return user ? { token, user } : undefined;
  }

  async touch(userId: string, tokenId: string, now: string): Promise<void> {
    await this.db
      .updateTable("personal_access_tokens")
      .set({ last_used_at: now })
      .where("user_id", "=", userId)
      .where("id", "=", tokenId)
      .execute();
  }
}
