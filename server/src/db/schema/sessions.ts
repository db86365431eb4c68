/** A signed-in browser. The cookie carries a random token; only its SHA-256 is stored here. */
export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  /** Synchronizer token the browser must echo in X-CSRF-Token on state-changing requests. */
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}
