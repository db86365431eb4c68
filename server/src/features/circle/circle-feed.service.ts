import type { Kysely } from "kysely";
import type { CircleReply, FeedList, SharedView } from "../../../../contract/circle.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";
import { shareAccess } from "./circle-members.repo.ts";
import { personName } from "./circle-people.ts";
import { canEditReply } from "./circle-replies.service.ts";
import { replyStats } from "./reply-stats.ts";
import { loadSharedItem } from "./shared-item.ts";

/** What members see: the feed across every circle they are in, and one shared item with its replies. */
export class CircleFeedService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {}

  /**
   * Shares addressed to me in every circle where my membership is active, newest first. Shares
   * of deleted items are skipped, so a page can be shorter than the limit.
   */
  async feed(actor: Actor, query: { limit: number; cursor?: string | undefined }): Promise<FeedList> {
    let select = this.db
      .selectFrom("circle_shares as s")
      .innerJoin("circle_members as m", (join) =>
        join
          .onRef("m.user_id", "=", "s.user_id")
          .on("m.member_user_id", "=", actor.userId)
          .on("m.revoked_at", "is", null),
      )
      .innerJoin("users as u", "u.id", "s.user_id")
      .selectAll("s")
      .select("u.display_name as seeker_name")
      .where((eb) =>
        eb.or([
          eb("s.audience", "=", "circle"),
          eb.exists(
            eb
              .selectFrom("circle_share_members as sm")
              .select("sm.share_id")
              .whereRef("sm.share_id", "=", "s.id")
              .whereRef("sm.member_id", "=", "m.id"),
          ),
        ]),
      );
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      select = select.where((eb) =>
        eb.or([
          eb("s.created_at", "<", String(value)),
          eb.and([eb("s.created_at", "=", String(value)), eb("s.id", "<", id)]),
        ]),
      );
    }
    const rows = await select
      .orderBy("s.created_at", "desc")
      .orderBy("s.id", "desc")
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const page = hasMore ? rows.slice(0, query.limit) : rows;
    const stats = await replyStats(
      this.db,
      page.map((row) => row.id),
    );
    const items: FeedList["items"] = [];
    for (const row of page) {
      const loaded = await loadSharedItem(this.db, row.user_id, row.item_type, row.item_id);
      if (!loaded) continue;
      items.push({
        shareId: row.id,
        seeker: { id: row.user_id, name: personName(row.seeker_name) },
        itemType: row.item_type,
        title: loaded.title,
        excerpt: loaded.excerpt,
        note: row.note,
        sharedAt: row.created_at,
        replyCount: stats.get(row.id)?.count ?? 0,
      });
    }
    const last = page.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last.created_at, last.id) : null };
  }

  /**
   * One shared item as it is now, with its replies. Members' visits go to the seeker's log
   * (once an hour per item). No access, revoked, or item deleted: the same 404.
   */
  async view(actor: Actor, shareId: string): Promise<SharedView> {
    const access = await shareAccess(this.db, actor.userId, shareId);
    if (!access) throw notFound("Shared item");
    const { share } = access;
    const loaded = await loadSharedItem(this.db, share.user_id, share.item_type, share.item_id);
    if (!loaded) throw notFound("Shared item");
    const seeker = await this.db
      .selectFrom("users")
      .select("display_name")
      .where("id", "=", share.user_id)
      .executeTakeFirstOrThrow();
    if (!access.isSeeker) {
      const viewer = await this.db
        .selectFrom("users")
        .select("display_name")
        .where("id", "=", actor.userId)
        .executeTakeFirstOrThrow();
      await this.audit.recordView({
        userId: share.user_id,
        kind: "circle_viewed",
        actorUserId: actor.userId,
        actorName: personName(viewer.display_name),
        subject: { type: share.item_type, id: share.id },
        detail: loaded.title,
      });
    }
    return {
      share: {
        id: share.id,
        itemType: share.item_type,
        title: loaded.title,
        note: share.note,
        audience: share.audience,
        createdAt: share.created_at,
        updatedAt: share.updated_at,
      },
      seeker: { id: share.user_id, name: personName(seeker.display_name) },
      isSeeker: access.isSeeker,
      item: loaded.item,
      replies: await this.replies(actor, share.id, access.isSeeker),
    };
  }

  private async replies(actor: Actor, shareId: string, isSeeker: boolean): Promise<CircleReply[]> {
    const rows = await this.db
      .selectFrom("circle_replies as r")
      .innerJoin("users as u", "u.id", "r.author_user_id")
      .selectAll("r")
      .select("u.display_name as author_name")
      .where("r.share_id", "=", shareId)
      .orderBy("r.created_at")
      .orderBy("r.id")
      .limit(2000)
      .execute();
    const now = Date.now();
    return rows.map((row) => {
      const deleted = row.deleted_at !== null;
      const mine = row.author_user_id === actor.userId;
      return {
        id: row.id,
        parentId: row.parent_id,
        author: { id: row.author_user_id, name: personName(row.author_name) },
        body: deleted ? "" : row.body,
        createdAt: row.created_at,
        editedAt: row.edited_at,
        deleted,
        canEdit: !deleted && mine && canEditReply(row.created_at, now),
        canDelete: !deleted && (mine || isSeeker),
      };
    });
  }
}
