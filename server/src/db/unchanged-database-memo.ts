import { databaseChangeStamp } from "./fair-sqlite-dialect.ts";

/**
 * Remembers the answers of small reads that every request makes (who a session, token or feed
 * URL belongs to; the profile behind /api/me) for exactly as long as the database has not
 * changed at all. Any write — a sign-out here, a password reset from the CLI in another
 * process — and every answer is asked again. So it can never hand out a revoked session or a
 * stale pipeline revision; it only saves running the same query against the same data.
 *
 * SQLite only: there the stamp is a write counter plus SQLite's data_version, read at most
 * every 5 ms (see FairSqliteDialect.changeStamp). On PostgreSQL, where other app instances
 * write unseen, every call runs its query as before. Answers that depend on the clock (expiry)
 * must be checked by the caller on each use.
 */
export class UnchangedDatabaseMemo<T> {
  private stamp: string | undefined;
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly kysely: object,
    private readonly maxEntries = 10_000,
  ) {}

  async get(key: string, load: () => Promise<T>): Promise<T> {
    const before = databaseChangeStamp(this.kysely);
    if (before === undefined) return load();
    if (before !== this.stamp) {
      this.answers.clear();
      this.stamp = before;
    } else if (this.answers.has(key)) {
      return this.answers.get(key) as T;
    }
    const answer = await load();
    // Kept only if nothing was written while it was read (the load may have waited its turn).
    if (databaseChangeStamp(this.kysely) === before && this.stamp === before) {
      if (this.answers.size >= this.maxEntries) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
