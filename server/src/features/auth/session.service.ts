import { newId, nowIso } from "../../db/ids.ts";
import { hashSecret, newSecret } from "./secrets.ts";
import type { SessionsRepo } from "./sessions.repo.ts";
import type { CallerRow } from "./users.repo.ts";

export const sessionLifetimeMs = 30 * 24 * 60 * 60_000;
/** last_seen_at is written at most this often, so ordinary reads do not each cost a write. */
const touchIntervalMs = 5 * 60_000;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface StartedSession {
  token: string;
  sessionId: string;
  csrfToken: string;
}

/** Creates, resolves and ends server-side sessions. The browser holds only a random token. */
export class SessionService {
  constructor(private readonly sessions: SessionsRepo) {}

  /** Starts a session; the token is the secret the cookie will carry. */
  async start(userId: string, client: ClientInfo): Promise<StartedSession> {
    const token = newSecret();
    const sessionId = newId();
    const csrfToken = newSecret();
    const now = new Date();
    await this.sessions.insert({
      id: sessionId,
      user_id: userId,
      token_hash: hashSecret(token),
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + sessionLifetimeMs).toISOString(),
      ip: client.ip,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token, sessionId, csrfToken };
  }

  /** The user behind a session cookie, or undefined when it is unknown or expired. Slides the expiry. */
  async resolve(token: string): Promise<{ user: CallerRow; sessionId: string; csrfToken: string } | undefined> {
    const nowMs = Date.now();
    const found = await this.sessions.findLiveByToken(token, nowMs);
    if (!found) return undefined;
    if (nowMs - found.lastSeenAtMs > touchIntervalMs) {
      await this.sessions.touch(
        found.user.id,
        found.session.id,
        new Date(nowMs).toISOString(),
        new Date(nowMs + sessionLifetimeMs).toISOString(),
      );
    }
    return { user: found.user, sessionId: found.session.id, csrfToken: found.session.csrf_token };
  }

  async end(userId: string, sessionId: string): Promise<boolean> {
    return this.sessions.deleteForUser(userId, sessionId);
  }

  async endAllExcept(userId: string, keepSessionId: string | null): Promise<void> {
    await this.sessions.deleteAllForUserExcept(userId, keepSessionId);
  }

  list(userId: string) {
    return this.sessions.listForUser(userId, nowIso());
  }
}
