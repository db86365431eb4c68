import type { Kysely, Selectable } from "kysely";
import { preparedQuery } from "../../db/prepared-query.ts";
import type { PersonalAccessTokensTable } from "../../db/schema/personal-access-tokens.ts";
import type { Database } from "../../db/schema.ts";
import { UnchangedDatabaseMemo } from "../../db/unchanged-database-memo.ts";
import type { CallerRow } from "../auth/users.repo.ts";

export type TokenRow = Selectable<PersonalAccessTokensTable>;

const prepareTokenQuery = (db: Kysely<Database>) =>
  preparedQuery(db, 1, (tokenHash: string) =>
    db
      .selectFrom("personal_access_tokens as t")
      .innerJoin("users as u", "u.id", "t.user_id")
      .select([
        "t.id as token_id",
        "t.last_used_at",
        "t.expires_at",
        "u.id as user_id",
        "u.role",
        "u.pipeline_revision",
      ])
      .where("t.token_hash", "=", tokenHash),
  );

type TokenWithCaller = Awaited<ReturnType<ReturnType<typeof prepareTokenQuery>>>[number];

/** Personal access tokens; every query but the Bearer lookup is scoped by the owner. */
export class TokensRepo {
  private readonly tokenQuery: ReturnType<typeof prepareTokenQuery>;
  /** The lookup behind every Bearer request, asked of the database again after any write. */
  private readonly tokensByHash: UnchangedDatabaseMemo<TokenWithCaller | undefined>;

  constructor(private readonly db: Kysely<Database>) {
    this.tokenQuery = prepareTokenQuery(db);
    this.tokensByHash = new UnchangedDatabaseMemo(db);
  }

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

  /**
   * The token and what a request needs of its owner, in one prepared query: this runs on every
   * Bearer request. The token itself is the credential here, so the lookup is by its hash alone.
   */
  async findLiveWithUser(
    tokenHash: string,
    now: string,
  ): Promise<{ token: Pick<TokenRow, "id" | "last_used_at">; user: CallerRow } | undefined> {
    const row = await this.tokensByHash.get(tokenHash, async () => (await this.tokenQuery(tokenHash))[0]);
    // Expiry is checked on every use, since a remembered row does not age.
    if (!row || (row.expires_at !== null && row.expires_at <= now)) return undefined;
    return {
      token: { id: row.token_id, last_used_at: row.last_used_at },
      user: { id: row.user_id, role: row.role, pipeline_revision: Number(row.pipeline_revision) },
    };
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
