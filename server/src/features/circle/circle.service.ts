import type { Kysely } from "kysely";
import type {
  CircleMember,
  CircleMembership,
  CircleOverview,
  CircleRole,
  UpdateCircleMemberRequest,
} from "../../../../contract/circle.ts";
import { nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { CircleMembersRepo, type MemberWithUser } from "./circle-members.repo.ts";
import { personName, presentInvite } from "./circle-people.ts";

function presentMember(row: MemberWithUser): CircleMember {
  return {
    id: row.id,
    memberUserId: row.member_user_id,
    name: personName(row.display_name),
    email: row.email,
    role: row.role as CircleRole,
    canSeePipeline: Number(row.can_see_pipeline) === 1,
    joinedAt: row.joined_at,
  };
}

/** The seeker managing their circle, and a member managing the circles they are in. */
export class CircleService {
  private readonly members: CircleMembersRepo;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {
    this.members = new CircleMembersRepo(db);
  }

  async overview(actor: Actor): Promise<CircleOverview> {
    const [members, invites, digestEmail] = await Promise.all([
      this.members.listActive(actor.userId),
      this.members.listPendingInvites(actor.userId, nowIso()),
      this.digestEmail(actor.userId),
    ]);
    return { members: members.map(presentMember), invites: invites.map(presentInvite), digestEmail };
  }

  async digestEmail(userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("circle_settings")
      .select("digest_email")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row ? Number(row.digest_email) === 1 : true;
  }

  async setDigestEmail(actor: Actor, digestEmail: boolean): Promise<{ digestEmail: boolean }> {
    const value = digestEmail ? 1 : 0;
    await this.db
      .insertInto("circle_settings")
      .values({ user_id: actor.userId, digest_email: value })
      .onConflict((conflict) => conflict.column("user_id").doUpdateSet({ digest_email: value }))
      .execute();
    return { digestEmail };
  }

  /** Changes a member's role or pipeline permission; a friend never sees the pipeline. */
  async updateMember(actor: Actor, id: string, input: UpdateCircleMemberRequest): Promise<CircleMember> {
    const row = await this.members.findMember(actor.userId, id);
    if (!row) throw notFound("Member");
    const role = input.role ?? (row.role as CircleRole);
    const canSee = input.canSeePipeline ?? Number(row.can_see_pipeline) === 1;
    await this.db
      .updateTable("circle_members")
      .set({ role, can_see_pipeline: role === "coach" && canSee ? 1 : 0 })
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .execute();
    const updated = (await this.members.listActive(actor.userId)).find((member) => member.id === id);
    if (!updated) throw notFound("Member");
    return presentMember(updated);
  }

  /** Revokes at once: the next request of that member, on any session, is refused. */
  async revokeMember(actor: Actor, id: string): Promise<void> {
    const row = await this.members.findMember(actor.userId, id);
    if (!row) throw notFound("Member");
    await this.end(row.user_id, row.id);
    const member = await this.db
      .selectFrom("users")
      .select("display_name")
      .where("id", "=", row.member_user_id)
      .executeTakeFirst();
    await this.audit.record({
      userId: actor.userId,
      kind: "circle_member_revoked",
      actorUserId: actor.userId,
      subject: { type: "circle_member", id: row.id },
      detail: `Removed ${personName(member?.display_name ?? "")} from the circle`,
    });
  }

  async memberships(actor: Actor): Promise<CircleMembership[]> {
    const rows = await this.members.listMemberships(actor.userId);
    return rows.map((row) => ({
      seekerId: row.user_id,
      seekerName: personName(row.seeker_name),
      role: row.role as CircleRole,
      canSeePipeline: Number(row.can_see_pipeline) === 1,
      joinedAt: row.joined_at,
    }));
  }

  /** A member leaves a circle; the seeker's log notes it. */
  async leave(actor: Actor, seekerId: string): Promise<void> {
    const row = await this.members.activeMembership(seekerId, actor.userId);
    if (!row) throw notFound("Circle");
    await this.end(seekerId, row.id);
    const member = await this.db
      .selectFrom("users")
      .select("display_name")
      .where("id", "=", actor.userId)
      .executeTakeFirst();
    await this.audit.record({
      userId: seekerId,
      kind: "circle_member_revoked",
      actorUserId: actor.userId,
      actorName: personName(member?.display_name ?? ""),
      subject: { type: "circle_member", id: row.id },
      detail: "Left the circle",
    });
  }

  /**
   * Ends a membership and forgets which shares were chosen for it, so inviting the person
   * again later does not quietly reopen old chosen-only shares.
   */
  private async end(seekerId: string, memberId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("circle_members")
        .set({ revoked_at: nowIso() })
        .where("user_id", "=", seekerId)
        .where("id", "=", memberId)
        .execute();
      await trx.deleteFrom("circle_share_members").where("member_id", "=", memberId).execute();
    });
  }
}
