import type { Kysely, Selectable } from "kysely";
import type { OutboxStatus } from "../../../../contract/outbox.ts";
import type { OutboxMessagesTable } from "../../db/schema/outbox.ts";
import type { Database } from "../../db/schema.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";
import { bumpRevisionsForMessages } from "./outbox-revision.ts";

export type OutboxRow = Selectable<OutboxMessagesTable>;

export interface OutboxListFilter {
  status?: OutboxStatus | undefined;
  applicationId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** A person's outbox: every query scoped by the owner's id. */
export class OutboxRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: OutboxRow): Promise<void> {
    await this.db.insertInto("outbox_messages").values(row).execute();
  }

  find(userId: string, id: string): Promise<OutboxRow | undefined> {
    return this.db
      .selectFrom("outbox_messages")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  /** Newest first (ids are UUIDv7, so by time); keyset pagination on the id. */
  async list(userId: string, filter: OutboxListFilter): Promise<{ items: OutboxRow[]; nextCursor: string | null }> {
    let select = this.db.selectFrom("outbox_messages").selectAll().where("user_id", "=", userId);
    if (filter.status) select = select.where("status", "=", filter.status);
    if (filter.applicationId) select = select.where("application_id", "=", filter.applicationId);
    if (filter.cursor) select = select.where("id", "<", decodeCursor(filter.cursor).id);
    const rows = await select
      .orderBy("id", "desc")
      .limit(filter.limit + 1)
      .execute();
    const hasMore = rows.length > filter.limit;
    const items = hasMore ? rows.slice(0, filter.limit) : rows;
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last.id, last.id) : null };
  }

  /** The messages about one application, for its timeline (cancelled ones too: they say what was not sent). */
  forApplication(
    userId: string,
    applicationId: string,
  ): Promise<
    Pick<OutboxRow, "id" | "kind" | "subject" | "to_address" | "to_name" | "status" | "sent_at" | "created_at">[]
  > {
    return this.db
      .selectFrom("outbox_messages")
      .select(["id", "kind", "subject", "to_address", "to_name", "status", "sent_at", "created_at"])
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .orderBy("id")
      .execute();
  }

  /**
   * Moves a message from one of `from` to a new state; false when it is not (or no longer) in
   * one of them, so two clicks, or a click racing the worker, change it at most once. The
   * owner's pipeline revision moves with it when the message is about an application.
   */
  async transition(
    userId: string,
    id: string,
    from: readonly OutboxStatus[],
    changes: Partial<Omit<OutboxRow, "id" | "user_id">>,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable("outbox_messages")
        .set(changes)
        .where("user_id", "=", userId)
        .where("id", "=", id)
        .where("status", "in", from)
        .returning(["user_id", "application_id"])
        .execute();
      await bumpRevisionsForMessages(trx, changed);
      return changed.length > 0;
    });
  }
}
