import type { Kysely } from "kysely";
import type { OutboxStatus } from "../../../../contract/outbox.ts";
import type { Database } from "../../db/schema.ts";
import type { OutboxRow } from "./outbox.repo.ts";

export interface OperatorOutboxRow extends OutboxRow {
  user_email: string;
}

/**
 * The server operator's view for `debrief outbox`: across accounts, because the person at the
 * command line runs the server (and already holds its database). Never reachable over HTTP.
 */
export class OutboxOperatorRepo {
  constructor(private readonly db: Kysely<Database>) {}

  listRecent(filter: { status?: OutboxStatus; userId?: string; limit: number }): Promise<OperatorOutboxRow[]> {
    let select = this.db
      .selectFrom("outbox_messages as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .selectAll("m")
      .select("u.email as user_email");
    if (filter.status) select = select.where("m.status", "=", filter.status);
    if (filter.userId) select = select.where("m.user_id", "=", filter.userId);
    return select.orderBy("m.id", "desc").limit(filter.limit).execute();
  }

  /** The owner of a message, to act as them. */
  async ownerOf(id: string): Promise<string | undefined> {
    const row = await this.db.selectFrom("outbox_messages").select("user_id").where("id", "=", id).executeTakeFirst();
    return row?.user_id;
  }
}
