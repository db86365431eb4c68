import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { pipelineRevisionOf } from "../pipeline/revision.ts";
import type { HistoryApplication, HistoryChange } from "./application-history.ts";

/**
 * Reads for insights: the person's applications and their whole stage history, in two
 * queries (each one index range scan), so the arithmetic can happen in memory.
 */
export class InsightsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The pipeline revision that keys the cached read models (usually read with the session already). */
  revision(actor: { userId: string; pipelineRevision?: number }): number | Promise<number> {
    return pipelineRevisionOf(this.db, actor);
  }

  async pipelineHistory(
    userId: string,
    roleFamilyId?: string,
  ): Promise<{ applications: HistoryApplication[]; changes: HistoryChange[] }> {
    let applications = this.db
      .selectFrom("applications")
      .select([
        "id",
        "source",
        "applied_on as appliedOn",
        "created_at as createdAt",
        "stage",
        "stage_changed_at as stageChangedAt",
      ])
      .where("user_id", "=", userId);
    let changes = this.db
      .selectFrom("application_stage_changes as change")
      .select([
        "change.application_id as applicationId",
        "change.to_stage as toStage",
        "change.changed_at as changedAt",
      ])
      .where("change.user_id", "=", userId);
    if (roleFamilyId) {
      applications = applications.where("role_family_id", "=", roleFamilyId);
      changes = changes
        .innerJoin("applications as application", "application.id", "change.application_id")
        .where("application.user_id", "=", userId)
        .where("application.role_family_id", "=", roleFamilyId);
    }
    const [applicationRows, changeRows] = await Promise.all([
      applications.execute(),
      changes.orderBy("change.application_id").orderBy("change.changed_at").orderBy("change.id").execute(),
    ]);
    return { applications: applicationRows, changes: changeRows };
  }
}
