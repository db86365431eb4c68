import type { Kysely } from "kysely";
import {
  type CircleReply,
  type CreateReplyRequest,
  replyEditWindowMinutes,
  type UpdateReplyRequest,
} from "../../../../contract/circle.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, badRequest, notFound } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { type ShareAccess, shareAccess } from "./circle-members.repo.ts";
import { personName } from "./circle-people.ts";
import { loadSharedItem } from "./shared-item.ts";

const editWindowMs = replyEditWindowMinutes * 60_000;

/** Whether a reply written at createdAt may still be edited by its author. */
export function canEditReply(createdAt: string, now = Date.now()): boolean {
  return now - Date.parse(createdAt) < editWindowMs;
}

/**
 * Replies on shared items, by the seeker or members with access. Bodies are Markdown stored
 * exactly as written; the web renders them with HTML off.
 */
export class CircleRepliesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, shareId: string, input: CreateReplyRequest): Promise<CircleReply> {
    const access = await this.access(actor, shareId);
    const { share } = access;
    if (input.parentId) {
      const parent = await this.db
        .selectFrom("circle_replies")
        .select(["parent_id"])
        .where("share_id", "=", share.id)
        .where("id", "=", input.parentId)
        .executeTakeFirst();
      if (!parent)
        throw badRequest("That reply is not on this item.", [{ path: "parentId", message: "unknown reply" }]);
      if (parent.parent_id) {
        throw badRequest("Replies thread one level deep: answer the first reply of this thread instead.", [
          { path: "parentId", message: "must be a top-level reply" },
        ]);
      }
    }
    const now = nowIso();
    const id = newId();
    const byMember = !access.isSeeker;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("circle_replies")
        .values({
          id,
          share_id: share.id,
          seeker_user_id: share.user_id,
          author_user_id: actor.userId,
          parent_id: input.parentId ?? null,
          body: input.body,
          created_at: now,
          edited_at: null,
          deleted_at: null,
        })
        .execute();
      if (!byMember) return;
      await trx
        .insertInto("circle_notifications")
        .values({
          id: newId(),
          user_id: share.user_id,
          kind: "reply",
          share_id: share.id,
          reply_id: id,
          actor_user_id: actor.userId,
          created_at: now,
          read_at: null,
          emailed_at: null,
        })
        .execute();
    });
    const author = await this.authorName(actor.userId);
    if (byMember) {
      const loaded = await loadSharedItem(this.db, share.user_id, share.item_type, share.item_id);
      await this.audit.record({
        userId: share.user_id,
        kind: "circle_replied",
        actorUserId: actor.userId,
        actorName: author,
        subject: { type: share.item_type, id: share.id },
        detail: loaded?.title ?? "",
      });
    }
    return {
      id,
      parentId: input.parentId ?? null,
      author: { id: actor.userId, name: author },
      body: input.body,
      createdAt: now,
      editedAt: null,
      deleted: false,
      canEdit: true,
      canDelete: true,
    };
  }

  /** The author edits within the window; after it, 409 edit_window_closed. */
  async update(actor: Actor, id: string, input: UpdateReplyRequest): Promise<CircleReply> {
    const { row } = await this.findReply(actor, id);
    if (row.author_user_id !== actor.userId) throw notFound("Reply");
    if (!canEditReply(row.created_at)) {
      throw new AppError(
        409,
        "edit_window_closed",
        `A reply can be edited for ${replyEditWindowMinutes} minutes after it was written.`,
      );
    }
    const editedAt = nowIso();
    await this.db
      .updateTable("circle_replies")
      .set({ body: input.body, edited_at: editedAt })
      .where("id", "=", id)
      .where("author_user_id", "=", actor.userId)
      .execute();
    return {
      id,
      parentId: row.parent_id,
      author: { id: actor.userId, name: await this.authorName(actor.userId) },
      body: input.body,
      createdAt: row.created_at,
      editedAt,
      deleted: false,
      canEdit: true,
      canDelete: true,
    };
  }

  /** Soft-deletes (the thread shows "reply removed"): by its author, or by the seeker. */
  async remove(actor: Actor, id: string): Promise<void> {
    const { row, access } = await this.findReply(actor, id);
    if (row.author_user_id !== actor.userId && !access.isSeeker) throw notFound("Reply");
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable("circle_replies").set({ deleted_at: nowIso(), body: "" }).where("id", "=", id).execute();
      // The seeker is no longer told about a reply that is gone.
      await trx.deleteFrom("circle_notifications").where("reply_id", "=", id).execute();
    });
  }

  /** A live reply on a share the caller may still see; anything else is 404. */
  private async findReply(actor: Actor, id: string) {
    const row = await this.db
      .selectFrom("circle_replies")
      .selectAll()
      .where("id", "=", id)
      .where("deleted_at", "is", null)
      .executeTakeFirst();
    if (!row) throw notFound("Reply");
    const access = await shareAccess(this.db, actor.userId, row.share_id);
    if (!access) throw notFound("Reply");
    return { row, access };
  }

  /** Access to the share, and its item still exists: otherwise 404. */
  private async access(actor: Actor, shareId: string): Promise<ShareAccess> {
    const access = await shareAccess(this.db, actor.userId, shareId);
    const { share } = access ?? {};
    if (!access || !share || !(await loadSharedItem(this.db, share.user_id, share.item_type, share.item_id))) {
      throw notFound("Shared item");
    }
    return access;
  }

  private async authorName(userId: string): Promise<string> {
    const row = await this.db.selectFrom("users").select("display_name").where("id", "=", userId).executeTakeFirst();
    return personName(row?.display_name ?? "");
  }
}
