import type { Kysely, Transaction } from "kysely";
import {
  type CircleMembership,
  type CreateCircleInviteRequest,
  type CreateCircleInviteResponse,
  circleInviteDays,
  circleRoleLabels,
  type PublicCircleInvite,
} from "../../../../contract/circle.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, badRequest, conflict, notFound } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import type { OutboxService } from "../outbox/outbox.service.ts";
import type { SmtpAccountService } from "../outbox/smtp-account.service.ts";
import { CircleMembersRepo, type InviteRow } from "./circle-members.repo.ts";
import { personName, presentInvite } from "./circle-people.ts";

const dayMs = 86_400_000;
const inviteExpired = () =>
  new AppError(410, "invite_expired", "This invite has expired or was withdrawn. Ask for a new one.");
const inviteUsed = () => new AppError(410, "invite_used", "This invite has already been used. Ask for a new one.");

/** Why an invite can no longer be used, or null while it is still open. */
function closedReason(invite: InviteRow, now: string): AppError | null {
  if (invite.accepted_at) return inviteUsed();
  if (invite.withdrawn_at || invite.expires_at <= now) return inviteExpired();
  return null;
}

/**
 * In invite-only mode a pending circle invite also lets its invitee register, once: the invite
 * remembers the one account it let in. Runs in the registration's transaction.
 */
export async function claimCircleInviteForRegistration(
  trx: Kysely<Database>,
  token: string,
  userId: string,
  now = nowIso(),
): Promise<boolean> {
  const result = await trx
    .updateTable("circle_invites")
    .set({ registered_user_id: userId })
    .where("token_hash", "=", hashSecret(token))
    .where("registered_user_id", "is", null)
    .where("accepted_at", "is", null)
    .where("withdrawn_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Inviting people into one's circle, and joining a circle with an invite. */
export class CircleInvitesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly smtpAccounts: SmtpAccountService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly publicUrl: string,
  ) {}

  /**
   * Makes an invite; the token is in the returned URL and nowhere else. With an SMTP account
   * the invite also goes out through the outbox, in the same transaction.
   */
  async create(actor: Actor, input: CreateCircleInviteRequest): Promise<CreateCircleInviteResponse> {
    const seeker = await this.db
      .selectFrom("users")
      .select(["email", "display_name"])
      .where("id", "=", actor.userId)
      .executeTakeFirstOrThrow();
    if (seeker.email === input.email) {
      throw badRequest("You are already at the centre of your own circle.", [
        { path: "email", message: "must be someone else's address" },
      ]);
    }
    const token = newSecret("cir_");
    const url = `${this.publicUrl}/circle/join?token=${encodeURIComponent(token)}`;
    const now = new Date();
    const row: InviteRow = {
      id: newId(),
      user_id: actor.userId,
      email: input.email,
      role: input.role,
      can_see_pipeline: input.role === "coach" && input.canSeePipeline ? 1 : 0,
      message: input.message ?? "",
      token_hash: hashSecret(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + circleInviteDays * dayMs).toISOString(),
      accepted_at: null,
      accepted_by_user_id: null,
      withdrawn_at: null,
      registered_user_id: null,
    };
    const account = await this.smtpAccounts.get(actor);
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto("circle_invites").values(row).execute();
      if (!account) return;
      const name = personName(seeker.display_name);
      await this.outbox.enqueue(
        actor,
        {
          kind: "circle_invite",
          toAddress: input.email,
          subject: `${name} invites you to their support circle on Debrief`,
          bodyText: [
            `${name} is looking for a job and would like you in their support circle as a ${circleRoleLabels[input.role].toLowerCase()}.`,
            "You will see only what they choose to share with you, and you can reply to it.",
            ...(input.message ? ["", input.message] : []),
            "",
            `Join: ${url}`,
            "",
            `The link works once and expires in ${circleInviteDays} days.`,
          ].join("\n"),
        },
        trx,
      );
    });
    if (account) this.outbox.wake();
    return { invite: presentInvite(row), url, emailed: Boolean(account) };
  }

  /** Withdraws a pending invite; its link stops working at once. */
  async withdraw(actor: Actor, id: string): Promise<void> {
    const result = await this.db
      .updateTable("circle_invites")
      .set({ withdrawn_at: nowIso() })
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .where("accepted_at", "is", null)
      .where("withdrawn_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound("Invite");
  }

  /** Whether a token names an open invite (sign-in through a provider checks it before registering). */
  async isPending(token: string): Promise<boolean> {
    const invite = await new CircleMembersRepo(this.db).findInviteByTokenHash(hashSecret(token));
    return invite !== undefined && closedReason(invite, nowIso()) === null;
  }

  /** What the join page may show before anyone signs in: who invited, as what, until when. */
  async lookup(token: string): Promise<PublicCircleInvite> {
    const invite = await new CircleMembersRepo(this.db).findInviteByTokenHash(hashSecret(token));
    if (!invite) throw notFound("Invite");
    const closed = closedReason(invite, nowIso());
    if (closed) throw closed;
    const seeker = await this.db
      .selectFrom("users")
      .select("display_name")
      .where("id", "=", invite.user_id)
      .executeTakeFirstOrThrow();
    return { seekerName: personName(seeker.display_name), role: invite.role, expiresAt: invite.expires_at };
  }

  /**
   * Accepts an invite as the signed-in caller: single use, claimed with a conditional update so
   * two accepts cannot both win. Re-invited former members get their old row back, active.
   */
  async join(actor: Actor, token: string): Promise<CircleMembership> {
    const members = new CircleMembersRepo(this.db);
    const invite = await members.findInviteByTokenHash(hashSecret(token));
    if (!invite) throw notFound("Invite");
    if (invite.user_id === actor.userId) {
      throw badRequest("This is your own invite: send the link to the person you invited.", [
        { path: "token", message: "is your own invite" },
      ]);
    }
    if (await members.activeMembership(invite.user_id, actor.userId)) {
      throw conflict("You are already in this circle.", [{ path: "token", message: "already a member" }]);
    }
    const now = nowIso();
    const closed = closedReason(invite, now);
    if (closed) throw closed;
    const membership = await this.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable("circle_invites")
        .set({ accepted_at: now, accepted_by_user_id: actor.userId })
        .where("id", "=", invite.id)
        .where("accepted_at", "is", null)
        .where("withdrawn_at", "is", null)
        .where("expires_at", ">", now)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) throw inviteUsed();
      const memberId = await upsertMember(trx, invite, actor.userId, now);
      await trx
        .insertInto("circle_notifications")
        .values({
          id: newId(),
          user_id: invite.user_id,
          kind: "member_joined",
          share_id: null,
          reply_id: null,
          actor_user_id: actor.userId,
          created_at: now,
          read_at: null,
          // Joining is shown in the app only; the digest is about replies.
          emailed_at: now,
        })
        .execute();
      return memberId;
    });
    const [seeker, member] = await Promise.all(
      [invite.user_id, actor.userId].map((id) =>
        this.db.selectFrom("users").select("display_name").where("id", "=", id).executeTakeFirstOrThrow(),
      ),
    );
    await this.audit.record({
      userId: invite.user_id,
      kind: "circle_invite_accepted",
      actorUserId: actor.userId,
      actorName: personName(member?.display_name ?? ""),
      subject: { type: "circle_member", id: membership },
      detail: `Joined as ${circleRoleLabels[invite.role].toLowerCase()}`,
    });
    return {
      seekerId: invite.user_id,
      seekerName: personName(seeker?.display_name ?? ""),
      role: invite.role,
      canSeePipeline: Number(invite.can_see_pipeline) === 1,
      joinedAt: now,
    };
  }
}

/** Inserts the membership, or re-activates a revoked one (unique per seeker and member). */
async function upsertMember(trx: Transaction<Database>, invite: InviteRow, memberUserId: string, now: string) {
  const existing = await trx
    .selectFrom("circle_members")
    .select("id")
    .where("user_id", "=", invite.user_id)
    .where("member_user_id", "=", memberUserId)
    .executeTakeFirst();
  const fields = { role: invite.role, can_see_pipeline: invite.can_see_pipeline, joined_at: now, invite_id: invite.id };
  if (existing) {
    await trx
      .updateTable("circle_members")
      .set({ ...fields, revoked_at: null })
      .where("id", "=", existing.id)
      .execute();
    return existing.id;
  }
  const id = newId();
  await trx
    .insertInto("circle_members")
    .values({ id, user_id: invite.user_id, member_user_id: memberUserId, revoked_at: null, ...fields })
    .execute();
  return id;
}
