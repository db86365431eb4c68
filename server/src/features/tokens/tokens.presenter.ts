import type { TokenInfo } from "../../../../contract/tokens.ts";
import type { TokenRow } from "./tokens.repo.ts";

/** A token as the API shows it: never the secret or its hash. */
export function presentToken(row: TokenRow): TokenInfo {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
  };
}
