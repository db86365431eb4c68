import type { CreateTokenRequest } from "../../../../contract/tokens.ts";
import { newId, nowIso } from "../../db/ids.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import type { CallerRow } from "../auth/users.repo.ts";
import type { TokenRow, TokensRepo } from "./tokens.repo.ts";

/** Token strings start with this, so they are easy to recognise (and to scan for in leaks). */
export const tokenPrefix = "dbf_";
const touchIntervalMs = 60_000;

/** Personal access tokens for scripts and the CLI. */
export class TokensService {
  constructor(private readonly tokens: TokensRepo) {}

  list(actor: Actor): Promise<TokenRow[]> {
    return this.tokens.listForUser(actor.userId);
  }

  /** Creates a token; the secret is returned here once and never again. */
  async create(actor: Actor, input: CreateTokenRequest): Promise<{ token: string; row: TokenRow }> {
    const token = newSecret(tokenPrefix);
    const now = new Date();
    const row: TokenRow = {
      id: newId(),
      user_id: actor.userId,
      name: input.name,
      token_hash: hashSecret(token),
      token_prefix: token.slice(0, tokenPrefix.length + 6),
      created_at: now.toISOString(),
      last_used_at: null,
      expires_at: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString() : null,
    };
    await this.tokens.insert(row);
    return { token, row };
  }

  async revoke(actor: Actor, tokenId: string): Promise<void> {
    if (!(await this.tokens.deleteForUser(actor.userId, tokenId))) throw notFound("Token");
  }

  /** The user behind a Bearer token, or undefined. Records when it was last used (coarsely). */
  async resolve(token: string): Promise<{ user: CallerRow; tokenId: string } | undefined> {
    if (!token.startsWith(tokenPrefix)) return undefined;
    const now = nowIso();
    const found = await this.tokens.findLiveWithUser(hashSecret(token), now);
    if (!found) return undefined;
    const lastUsed = found.token.last_used_at ? Date.parse(found.token.last_used_at) : 0;
    if (Date.now() - lastUsed > touchIntervalMs) await this.tokens.touch(found.user.id, found.token.id, now);
    return { user: found.user, tokenId: found.token.id };
  }
}
