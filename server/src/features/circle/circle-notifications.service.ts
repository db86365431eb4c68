import type { Kysely } from "kysely";
import type { CircleNotification, NotificationList } from "../../../../contract/circle.ts";
import { nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../auth/actor.ts";
import { personName } from "./circle-people.ts";
import { loadSharedItem } from "./shared-item.ts";

/** How many recent notifications the list shows; older ones stay counted while unread. */
const listLimit = 50;

/** The seeker's in-app notifications: replies from members and people joining. */
export class CircleNotificationsService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(actor: Actor): Promise<NotificationList> {
    const rows = await this.db
      .selectFrom("circle_notifications as n")
      .innerJoin("users as u", "u.id", "n.actor_user_id")
      .leftJoin("circle_shares as s", (join) =>
        join.onRef("s.id", "=", "n.share_id").onRef("s.user_id", "=", "n.user_id"),
      )
      .selectAll("n")
      .select(["u.display_name as actor_name", "s.item_type", "s.item_id"])
      .where("n.user_id", "=", actor.userId)
      .orderBy("n.created_at", "desc")
      .orderBy("n.id", "desc")
      .limit(listLimit)
      .execute();
    const unread = await this.db
      .selectFrom("circle_notifications")
      .select((eb) => eb.fn.countAll().as("count"))
      .where("user_id", "=", actor.userId)
      .where("read_at", "is", null)
      .executeTakeFirstOrThrow();
    const items: CircleNotification[] = [];
    for (const row of rows) {
      let share: CircleNotification["share"] = null;
      if (row.share_id && row.item_type) {
        const loaded = await loadSharedItem(this.db, actor.userId, row.item_type, row.item_id ?? null);
        share = { id: row.share_id, title: loaded?.title ?? "A removed item", itemType: row.item_type };
      }
      items.push({
        id: row.id,
        kind: row.kind,
        actor: { id: row.actor_user_id, name: personName(row.actor_name) },
        share,
        replyId: row.reply_id,
        createdAt: row.created_at,
        read: row.read_at !== null,
      });
    }
    return { items, unreadCount: Number(unread.count) };
  }

  /** Marks the given notifications (or all) read; ids of other people's notifications change nothing. */
  async markRead(actor: Actor, ids: readonly string[] | undefined): Promise<NotificationList> {
    let update = this.db
      .updateTable("circle_notifications")
      .set({ read_at: nowIso() })
      .where("user_id", "=", actor.userId)
      .where("read_at", "is", null);
    if (ids !== undefined) {
      if (ids.length === 0) return this.list(actor);
      update = update.where("id", "in", ids);
    }
    await update.execute();
    return this.list(actor);
  }
}
