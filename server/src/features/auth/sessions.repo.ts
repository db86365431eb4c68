import type { Kysely, Selectable } from "kysely";
import { preparedQuery } from "../../db/prepared-query.ts";
import type { SessionsTable } from "../../db/schema/sessions.ts";
import type { Database } from "../../db/schema.ts";
import { UnchangedDatabaseMemo } from "../../db/unchanged-database-memo.ts";
import { hashSecret } from "./secrets.ts";
import type { CallerRow } from "./users.repo.ts";

export type SessionRow = Selectable<SessionsTable>;

const prepareSessionQuery = (db: Kysely<Database>) =>
  preparedQuery(db, 1, (tokenHash: string) =>
    db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "sessions.id as session_id",
        "sessions.csrf_token",
        "sessions.last_seen_at",
        "sessions.expires_at",
        "users.id as user_id",
        "users.role",
        "users.pipeline_revision",
      ])
      .where("sessions.token_hash", "=", tokenHash),
  );

/** A live-or-not session as remembered: times parsed once, so each request compares numbers. */
interface FoundSession {
  session: Pick<SessionRow, "id" | "csrf_token" | "last_seen_at">;
  user: CallerRow;
  expiresAtMs: number;
  lastSeenAtMs: number;
}

/** Server-side sessions, so any app instance can serve any signed-in browser. */
export class SessionsRepo {
  private readonly sessionQuery: ReturnType<typeof prepareSessionQuery>;
  /**
   * The lookup behind every signed-in request, asked of the database again after any write.
   * Keyed by the cookie's token itself, so a remembered session costs no hashing; the hash is
   * what is stored, so that a copy of the database holds no usable token.
   */
  private readonly sessionsByToken: UnchangedDatabaseMemo<FoundSession | undefined>;

  constructor(private readonly db: Kysely<Database>) {
    this.sessionQuery = prepareSessionQuery(db);
    this.sessionsByToken = new UnchangedDatabaseMemo(db);
  }

  async insert(row: SessionRow): Promise<void> {
    await this.db.insertInto("sessions").values(row).execute();
  }

  /**
   * The live session for a token hash and what a request needs of its user, in one query.
   * This runs on every signed-in request, so it reads only those columns, is prepared once,
   * and is remembered until the database changes (expiry is checked on every use).
   */
  async findLiveByToken(token: string, nowMs: number): Promise<Omit<FoundSession, "expiresAtMs"> | undefined> {
    const found = await this.sessionsByToken.get(token, () => this.findByTokenHash(hashSecret(token)));
    return found && found.expiresAtMs > nowMs ? found : undefined;
  }

  private async findByTokenHash(tokenHash: string): Promise<FoundSession | undefined> {
    const [row] = await this.sessionQuery(tokenHash);
    if (!row) return undefined;
    return {
      session: { id: row.session_id, csrf_token: row.csrf_token, last_seen_at: row.last_seen_at },
      user: { id: row.user_id, role: row.role, pipeline_revision: Number(row.pipeline_revision) },
      expiresAtMs: Date.parse(row.expires_at),
      lastSeenAtMs: Date.parse(row.last_seen_at),
    };
  }

  async touch(userId: string, sessionId: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db
      .updateTable("sessions")
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where("user_id", "=", userId)
      .where("id", "=", sessionId)
      .execute();
  }

  listForUser(userId: string, now: string): Promise<SessionRow[]> {
    return this.db
      .selectFrom("sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("expires_at", ">", now)
      .orderBy("last_seen_at", "desc")
      .execute();
  }

  /** Deletes one of the user's sessions; false when it is not theirs or does not exist. */
  async deleteForUser(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("sessions")
      .where("user_id", "=", userId)
      .where("id", "=", sessionId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteAllForUserExcept(userId: string, keepSessionId: string | null): Promise<void> {
    let query = this.db.deleteFrom("sessions").where("user_id", "=", userId);
    if (keepSessionId) query = query.where("id", "!=", keepSessionId);
    await query.execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
  }
}
