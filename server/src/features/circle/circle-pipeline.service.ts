import type { Kysely } from "kysely";
import { type ApplicationStage, applicationStages, closedStages } from "../../../../contract/applications.ts";
import type { PipelineSummary } from "../../../../contract/circle.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Actor } from "../auth/actor.ts";
import { CircleMembersRepo } from "./circle-members.repo.ts";
import { personName } from "./circle-people.ts";

const dayMs = 86_400_000;
const upcomingLimit = 20;

/**
 * The coach's view of a seeker's pipeline: counts, pace, upcoming interview dates, and the
 * open applications' role and company — never notes, salary or contacts. Only for an active
 * coach the seeker allowed (and the seeker themself); anyone else gets 404.
 */
export class CirclePipelineService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditService,
  ) {}

  async summary(actor: Actor, seekerId: string, now = new Date()): Promise<PipelineSummary> {
    // The seeker may preview what their coaches see; anyone else must be an allowed, active coach.
    const isSeeker = seekerId === actor.userId;
    const membership = isSeeker
      ? undefined
      : await new CircleMembersRepo(this.db).activeMembership(seekerId, actor.userId);
    const allowedCoach = membership?.role === "coach" && Number(membership.can_see_pipeline) === 1;
    if (!isSeeker && !allowedCoach) {
      throw notFound("Pipeline");
    }
    const applications = await this.db
      .selectFrom("applications as a")
      .leftJoin("companies as c", (join) =>
        join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "a.user_id"),
      )
      .select(["a.role_title", "a.stage", "a.applied_on", "a.updated_at", "c.name as company_name"])
      .where("a.user_id", "=", seekerId)
      .orderBy("a.updated_at", "desc")
      .execute();
    const interviews = await this.db
      .selectFrom("interviews")
      .select("starts_at")
      .where("user_id", "=", seekerId)
      .where("starts_at", ">", now.toISOString())
      .orderBy("starts_at")
      .execute();
    const people = await this.db
      .selectFrom("users")
      .select(["id", "display_name"])
      .where("id", "in", [seekerId, actor.userId])
      .execute();
    const nameOf = (id: string) => personName(people.find((person) => person.id === id)?.display_name ?? "");

    const counts = new Map<ApplicationStage, number>();
    for (const row of applications) counts.set(row.stage, (counts.get(row.stage) ?? 0) + 1);
    const appliedSince = (days: number) => {
      const since = new Date(now.getTime() - (days - 1) * dayMs).toISOString().slice(0, 10);
      return applications.filter((row) => row.applied_on !== null && row.applied_on >= since).length;
    };

    if (!isSeeker) {
      await this.audit.recordView({
        userId: seekerId,
        kind: "circle_viewed",
        actorUserId: actor.userId,
        actorName: nameOf(actor.userId),
        subject: { type: "pipeline", id: seekerId },
        detail: "Pipeline summary",
      });
    }
    return {
      seeker: { id: seekerId, name: nameOf(seekerId) },
      stageCounts: applicationStages.map((stage) => ({ stage, count: counts.get(stage) ?? 0 })),
      appliedThisWeek: appliedSince(7),
      appliedLast4Weeks: appliedSince(28),
      upcomingInterviews: {
        count: interviews.length,
        dates: interviews.slice(0, upcomingLimit).map((row) => row.starts_at),
      },
      activeApplications: applications
        .filter((row) => row.stage !== "wishlist" && !closedStages.includes(row.stage))
        .map((row) => ({ roleTitle: row.role_title, companyName: row.company_name, stage: row.stage })),
    };
  }
}
