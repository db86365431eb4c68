import type { Kysely } from "kysely";
import type {
  CircleShare,
  CreateCircleShareRequest,
  ShareAudience,
  UpdateCircleShareRequest,
} from "../../../../contract/circle.ts";
import { isUniqueViolation } from "../../db/dialect.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, badRequest, conflict, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { CircleMembersRepo, type ShareRow } from "./circle-members.repo.ts";
import { replyStats } from "./reply-stats.ts";
import { loadSharedItem } from "./shared-item.ts";

const alreadyShared = (itemId: string | null) =>
  conflict("This item is already shared: change that share instead.", [
    { path: "itemId", message: `${itemId ?? "the growth plan"} is already shared` },
  ]);

/** The seeker's shares: what they chose to show their circle, and to whom. */
export class CircleSharesService {
  private readonly members: CircleMembersRepo;

  constructor(private readonly db: Kysely<Database>) {
    this.members = new CircleMembersRepo(db);
  }

  /** My shares whose items still exist (a share of a deleted item is left out). */
  async list(actor: Actor): Promise<CircleShare[]> {
    const rows = await this.db
      .selectFrom("circle_shares")
      .selectAll()
      .where("user_id", "=", actor.userId)
      .orderBy("created_at", "desc")
      .orderBy("id", "desc")
      .limit(500)
      .execute();
    return this.present(rows);
  }

  async get(actor: Actor, id: string): Promise<CircleShare> {
    const row = await this.findRow(actor.userId, id);
    const [share] = row ? await this.present([row]) : [];
    if (!share) throw notFound("Share");
    return share;
  }

  /**
   * Shares one item. The item must be the seeker's own (404 naming itemId otherwise); chosen
   * members must be active members of this circle. Sharing it twice is a 409.
   */
  async create(actor: Actor, input: CreateCircleShareRequest): Promise<CircleShare> {
    const itemId = input.itemType === "growth_plan" ? null : (input.itemId ?? null);
    if (!(await loadSharedItem(this.db, actor.userId, input.itemType, itemId))) {
      throw itemNotFound();
    }
    const memberIds = input.audience === "chosen" ? await this.checkMembers(actor.userId, input.memberIds ?? []) : [];
    const now = nowIso();
    const id = newId();
    try {
      await this.db.transaction().execute(async (trx) => {
        let existing = trx
          .selectFrom("circle_shares")
          .select("id")
          .where("user_id", "=", actor.userId)
          .where("item_type", "=", input.itemType);
        existing = itemId === null ? existing.where("item_id", "is", null) : existing.where("item_id", "=", itemId);
        if (await existing.executeTakeFirst()) throw alreadyShared(itemId);
        await trx
          .insertInto("circle_shares")
          .values({
            id,
            user_id: actor.userId,
            item_type: input.itemType,
            item_id: itemId,
            audience: input.audience,
            note: input.note ?? "",
            created_at: now,
            updated_at: now,
          })
          .execute();
        if (memberIds.length > 0) {
          await trx
            .insertInto("circle_share_members")
            .values(memberIds.map((memberId) => ({ share_id: id, member_id: memberId })))
            .execute();
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyShared(itemId);
      throw error;
    }
    return this.get(actor, id);
  }

  /** Changes who sees a share, or its note. Moving to the whole circle forgets the chosen list. */
  async update(actor: Actor, id: string, input: UpdateCircleShareRequest): Promise<CircleShare> {
    const row = await this.findRow(actor.userId, id);
    if (!row) throw notFound("Share");
    const audience: ShareAudience = input.audience ?? row.audience;
    let memberIds: string[] | undefined;
    if (audience === "chosen") {
      if (input.memberIds !== undefined) memberIds = await this.checkMembers(actor.userId, input.memberIds);
      else if (row.audience !== "chosen") {
        throw badRequest("Choose who may see it.", [{ path: "memberIds", message: "must name at least one member" }]);
      }
    } else memberIds = [];
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("circle_shares")
        .set({ audience, ...(input.note !== undefined ? { note: input.note } : {}), updated_at: nowIso() })
        .where("user_id", "=", actor.userId)
        .where("id", "=", id)
        .execute();
      if (memberIds === undefined) return;
      await trx.deleteFrom("circle_share_members").where("share_id", "=", id).execute();
      if (memberIds.length > 0) {
        await trx
          .insertInto("circle_share_members")
          .values(memberIds.map((memberId) => ({ share_id: id, member_id: memberId })))
          .execute();
      }
    });
    return this.get(actor, id);
  }

  /** Unshares: the item, its replies and their notifications are gone from the circle at once. */
  async remove(actor: Actor, id: string): Promise<void> {
    const row = await this.findRow(actor.userId, id);
    if (!row) throw notFound("Share");
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("circle_notifications").where("share_id", "=", id).execute();
      await trx.deleteFrom("circle_replies").where("share_id", "=", id).where("parent_id", "is not", null).execute();
      await trx.deleteFrom("circle_replies").where("share_id", "=", id).execute();
      await trx.deleteFrom("circle_share_members").where("share_id", "=", id).execute();
      await trx.deleteFrom("circle_shares").where("user_id", "=", actor.userId).where("id", "=", id).execute();
    });
  }

  private findRow(userId: string, id: string): Promise<ShareRow | undefined> {
    return this.db
      .selectFrom("circle_shares")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  /** The chosen ids, each an active member of this seeker's circle (400 naming memberIds otherwise). */
  private async checkMembers(seekerId: string, memberIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(memberIds)];
    if (unique.length === 0) {
      throw badRequest("Choose who may see it.", [{ path: "memberIds", message: "must name at least one member" }]);
    }
    const active = new Set((await this.members.listActive(seekerId)).map((member) => member.id));
    const unknown = unique.filter((id) => !active.has(id));
    if (unknown.length > 0) {
      throw badRequest("Only members of your circle can be chosen.", [
        { path: "memberIds", message: `not in your circle: ${unknown.join(", ")}` },
      ]);
    }
    return unique;
  }

  private async present(rows: ShareRow[]): Promise<CircleShare[]> {
    const ids = rows.map((row) => row.id);
    const [stats, chosen] = await Promise.all([replyStats(this.db, ids), this.members.chosenMemberIds(ids)]);
    const shares: CircleShare[] = [];
    for (const row of rows) {
      const loaded = await loadSharedItem(this.db, row.user_id, row.item_type, row.item_id);
      if (!loaded) continue;
      shares.push({
        id: row.id,
        itemType: row.item_type,
        itemId: row.item_id,
        title: loaded.title,
        audience: row.audience,
        memberIds: row.audience === "chosen" ? (chosen.get(row.id) ?? []) : [],
        note: row.note,
        replyCount: stats.get(row.id)?.count ?? 0,
        lastReplyAt: stats.get(row.id)?.lastAt ?? null,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      });
    }
    return shares;
  }
}

/** Another user's item, or one that does not exist, looks the same: 404 naming itemId. */
const itemNotFound = () =>
  new AppError(404, "not_found", "Item not found.", [{ path: "itemId", message: "is not one of your items" }]);
