import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import type { AuditKind } from "../../../../contract/audit.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { AuditEventsTable } from "../../db/schema/audit.ts";
import type { Database } from "../../db/schema.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";

export type AuditEventRow = Selectable<AuditEventsTable>;

/** What a caller records; id and time are filled in. */
export interface AuditEntry {
  /** Whose log. */
  userId: string;
  kind: AuditKind;
  actorUserId: string | null;
  actorName?: string;
  method?: string | null;
  ip?: string | null;
  subject?: { type: string; id: string } | null;
  detail?: string;
}

/** The per-user audit log. Writes take an executor so they can join the caller's transaction. */
export class AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditEntry, executor: Kysely<Database> | Transaction<Database> = this.db): Promise<void> {
    const row: Insertable<AuditEventsTable> = {
      id: newId(),
      user_id: entry.userId,
      actor_user_id: entry.actorUserId,
      actor_name: (entry.actorName ?? "").slice(0, 200),
      kind: entry.kind,
      method: entry.method ?? null,
      ip: entry.ip ?? null,
      subject_type: entry.subject?.type ?? null,
      subject_id: entry.subject?.id ?? null,
      detail: (entry.detail ?? "").slice(0, 300),
      created_at: nowIso(),
    };
    await executor.insertInto("audit_events").values(row).execute();
  }

  /**
   * Whether the same actor already has an entry of this kind about this subject since a time:
   * viewing a shared item ten times in a minute is one visit, not ten lines in the log.
   */
  async hasRecentEntry(
    userId: string,
    entry: { kind: AuditKind; actorUserId: string; subjectId: string },
    since: string,
  ): Promise<boolean> {
    const row = await this.db
      .selectFrom("audit_events")
      .select("id")
      .where("user_id", "=", userId)
      .where("kind", "=", entry.kind)
      .where("actor_user_id", "=", entry.actorUserId)
      .where("subject_id", "=", entry.subjectId)
      .where("created_at", ">=", since)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The user's log, newest first, keyset-paginated on (created_at, id). */
  async list(userId: string, query: { limit: number; cursor?: string | undefined; kinds?: AuditKind[] | undefined }) {
    let select = this.db
      .selectFrom("audit_events")
      // The actor's name as it is now: a member who joined before onboarding had none yet.
      .leftJoin("users as actor", "actor.id", "audit_events.actor_user_id")
      .selectAll("audit_events")
      .select("actor.display_name as actor_current_name")
      .where("audit_events.user_id", "=", userId);
    if (query.kinds && query.kinds.length > 0) select = select.where("audit_events.kind", "in", query.kinds);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      select = select.where((eb) =>
        eb.or([
          eb("audit_events.created_at", "<", String(value)),
          eb.and([eb("audit_events.created_at", "=", String(value)), eb("audit_events.id", "<", id)]),
        ]),
      );
    }
    const rows = await select
      .orderBy("audit_events.created_at", "desc")
      .orderBy("audit_events.id", "desc")
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const items = hasMore ? rows.slice(0, query.limit) : rows;
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last.created_at, last.id) : null };
  }
}
