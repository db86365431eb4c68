import type { Kysely, Selectable } from "kysely";
import type { CircleInvitesTable, CircleMembersTable, CircleSharesTable } from "../../db/schema/circle.ts";
import type { Database } from "../../db/schema.ts";

export type InviteRow = Selectable<CircleInvitesTable>;
export type MemberRow = Selectable<CircleMembersTable>;
export type ShareRow = Selectable<CircleSharesTable>;

/** A membership with the member's account details, for the seeker's view of their circle. */
export type MemberWithUser = MemberRow & { display_name: string; email: string };

/**
 * Memberships and invites. Access is always read from here per request (never cached), so a
 * revoked member loses access on their very next request, whatever session they hold.
 */
export class CircleMembersRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The caller's active membership in a seeker's circle, if any. */
  activeMembership(seekerId: string, memberUserId: string): Promise<MemberRow | undefined> {
    return this.db
      .selectFrom("circle_members")
      .selectAll()
      .where("user_id", "=", seekerId)
      .where("member_user_id", "=", memberUserId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
  }

  /** Active members of a seeker's circle with their names and emails (the seeker's view only). */
  listActive(seekerId: string): Promise<MemberWithUser[]> {
    return this.db
      .selectFrom("circle_members as m")
      .innerJoin("users as u", "u.id", "m.member_user_id")
      .selectAll("m")
      .select(["u.display_name", "u.email"])
      .where("m.user_id", "=", seekerId)
      .where("m.revoked_at", "is", null)
      .orderBy("m.joined_at")
      .orderBy("m.id")
      .execute();
  }

  findMember(seekerId: string, id: string): Promise<MemberRow | undefined> {
    return this.db
      .selectFrom("circle_members")
      .selectAll()
      .where("user_id", "=", seekerId)
      .where("id", "=", id)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
  }

  /** Circles the user is an active member of, with each seeker's name. */
  listMemberships(memberUserId: string) {
    return this.db
      .selectFrom("circle_members as m")
      .innerJoin("users as u", "u.id", "m.user_id")
      .selectAll("m")
      .select(["u.display_name as seeker_name", "u.email as seeker_email"])
      .where("m.member_user_id", "=", memberUserId)
      .where("m.revoked_at", "is", null)
      .orderBy("m.joined_at")
      .orderBy("m.id")
      .execute();
  }

  /** Pending invites: not accepted, withdrawn or expired. */
  listPendingInvites(seekerId: string, now: string): Promise<InviteRow[]> {
    return this.db
      .selectFrom("circle_invites")
      .selectAll()
      .where("user_id", "=", seekerId)
      .where("accepted_at", "is", null)
      .where("withdrawn_at", "is", null)
      .where("expires_at", ">", now)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  }

  findInviteByTokenHash(tokenHash: string): Promise<InviteRow | undefined> {
    return this.db.selectFrom("circle_invites").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
  }

  /** Ids of the members a 'chosen' share names. */
  async chosenMemberIds(shareIds: readonly string[]): Promise<Map<string, string[]>> {
    const byShare = new Map<string, string[]>();
    if (shareIds.length === 0) return byShare;
    const rows = await this.db
      .selectFrom("circle_share_members")
      .select(["share_id", "member_id"])
      .where("share_id", "in", shareIds)
      .execute();
    for (const row of rows) byShare.set(row.share_id, [...(byShare.get(row.share_id) ?? []), row.member_id]);
    return byShare;
  }
}

/** Whether the caller may see a share, and as whom. */
export interface ShareAccess {
  share: ShareRow;
  isSeeker: boolean;
  /** The caller's membership (absent for the seeker). */
  membership?: MemberRow;
}

/**
 * The one access check for member-side reads and writes: the seeker themself, or an ACTIVE
 * member of the share owner's circle to whom the share is addressed (the whole circle, or
 * chosen and named). Anything else is undefined, which callers answer with 404.
 */
export async function shareAccess(
  db: Kysely<Database>,
  userId: string,
  shareId: string,
): Promise<ShareAccess | undefined> {
  const share = await db.selectFrom("circle_shares").selectAll().where("id", "=", shareId).executeTakeFirst();
  if (!share) return undefined;
  if (share.user_id === userId) return { share, isSeeker: true };
  const membership = await new CircleMembersRepo(db).activeMembership(share.user_id, userId);
  if (!membership) return undefined;
  if (share.audience === "chosen") {
    const chosen = await db
      .selectFrom("circle_share_members")
      .select("member_id")
      .where("share_id", "=", share.id)
      .where("member_id", "=", membership.id)
      .executeTakeFirst();
    if (!chosen) return undefined;
  }
  return { share, isSeeker: false, membership };
}
