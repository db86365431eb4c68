/**
 * Failed sign-in counters per account and per address, kept in the database so that several
 * app instances share them. key is "account:<email>" or "address:<ip>".
 */
export interface SignInThrottleTable {
  key: string;
  failures: number;
  window_started_at: string;
  blocked_until: string | null;
}
