/** A Bearer token for scripts and the CLI. Shown once; only its SHA-256 is stored. */
export interface PersonalAccessTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, so the person can tell tokens apart in a list. */
  token_prefix: string;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
}
