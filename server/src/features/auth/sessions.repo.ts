import type { Kysely, Selectable } from "kysely";
import type { SessionsTable } from "../../db/schema/sessions.ts";
import type { Database } from "../../db/schema.ts";
import type { UserRow } from "./users.repo.ts";

export type SessionRow = Selectable<SessionsTable>;

/** Server-side sessions, so any app instance can serve any signed-in browser. */
export class SessionsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: SessionRow): Promise<void> {
    await this.db.insertInto("sessions").values(row).execute();
  }

  /** The live session for a token hash, with its user, in one query (this runs on every request). */
  async findLiveByTokenHash(
    tokenHash: string,
    now: string,
  ): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const row = await this.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "sessions.id as s_id",
        "sessions.user_id as s_user_id",
        "sessions.token_hash as s_token_hash",
        "sessions.csrf_token as s_csrf_token",
        "sessions.created_at as s_created_at",
        "sessions.last_seen_at as s_last_seen_at",
        "sessions.expires_at as s_expires_at",
        "sessions.ip as s_ip",
        "sessions.user_agent as s_user_agent",
        "users.id",
        "users.email",
        "users.display_name",
        "users.password_hash",
        "users.role",
        "users.onboarded_at",
        "users.ghost_after_weeks",
        "users.pipeline_revision",
        "users.created_at",
        "users.updated_at",
      ])
      .where("sessions.token_hash", "=", tokenHash)
      .where("sessions.expires_at", ">", now)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      session: {
        id: row.s_id,
        user_id: row.s_user_id,
        token_hash: row.s_token_hash,
        csrf_token: row.s_csrf_token,
        created_at: row.s_created_at,
        last_seen_at: row.s_last_seen_at,
        expires_at: row.s_expires_at,
        ip: row.s_ip,
        user_agent: row.s_user_agent,
      },
      user: {
        id: row.id,
        email: row.email,
        display_name: row.display_name,
        password_hash: row.password_hash,
        role: row.role,
        onboarded_at: row.onboarded_at,
        ghost_after_weeks: Number(row.ghost_after_weeks),
        pipeline_revision: Number(row.pipeline_revision),
        created_at: row.created_at,
        updated_at: row.updated_at,
      },
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
