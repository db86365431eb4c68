import type { Kysely } from "kysely";
import type { AuditEvent, AuditKind, AuditList, AuditListQuery } from "../../../../contract/audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../auth/actor.ts";
import { type AuditEntry, type AuditEventRow, AuditRepo } from "./audit.repo.ts";

/** A circle member's repeated views of one item within this window are logged once. */
const viewDedupeWindowMs = 60 * 60_000;

/** The user's own audit log: recording entries for them and reading it back. */
export class AuditService {
  private readonly repo: AuditRepo;

  constructor(db: Kysely<Database>) {
    this.repo = new AuditRepo(db);
  }

  record(entry: AuditEntry): Promise<void> {
    return this.repo.record(entry);
  }

  /** Records a circle view unless the same member viewed the same item within the last hour. */
  async recordView(entry: AuditEntry & { actorUserId: string; subject: { type: string; id: string } }): Promise<void> {
    const since = new Date(Date.now() - viewDedupeWindowMs).toISOString();
    const seen = await this.repo.hasRecentEntry(
      entry.userId,
      { kind: entry.kind, actorUserId: entry.actorUserId, subjectId: entry.subject.id },
      since,
    );
    if (!seen) await this.repo.record(entry);
  }

  async list(actor: Actor, query: AuditListQuery): Promise<AuditList> {
    const page = await this.repo.list(actor.userId, { limit: query.limit, cursor: query.cursor, kinds: query.kind });
    return { items: page.items.map((row) => present(row, actor.userId)), nextCursor: page.nextCursor };
  }
}

function present(row: AuditEventRow & { actor_current_name: string | null }, viewerId: string): AuditEvent {
  return {
    id: row.id,
    kind: row.kind as AuditKind,
    actor: {
      id: row.actor_user_id,
      // The name now, or the one written down when the actor's account is gone.
      name: row.actor_current_name || row.actor_name,
      isMe: row.actor_user_id === viewerId,
    },
    method: row.method,
    ip: row.ip,
    subject: row.subject_type && row.subject_id ? { type: row.subject_type, id: row.subject_id } : null,
    detail: row.detail,
    at: row.created_at,
  };
}
