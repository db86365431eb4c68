import type { Kysely } from "kysely";
import type { SaveSoftLandingRequest, SoftLanding } from "../../../../contract/growth.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { presentSoftLanding } from "./growth.presenter.ts";
import { ownsApplication } from "./growth-owned.ts";
import { type SoftLandingRow, SoftLandingsRepo } from "./soft-landings.repo.ts";

/**
 * The soft landing of an application. Its answers are saved as the flow goes; dismissing it
 * sets it aside (the application page stops offering it) without losing anything written.
 * Both bump the pipeline revision: the application page shows the offer from this state.
 */
export class SoftLandingsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor, applicationId: string): Promise<SoftLanding> {
    if (!(await ownsApplication(this.db, actor.userId, applicationId))) throw notFound("Application");
    return presentSoftLanding(applicationId, await new SoftLandingsRepo(this.db).find(actor.userId, applicationId));
  }

  /** Creates or replaces the answers; `created` says which. */
  async save(
    actor: Actor,
    applicationId: string,
    input: SaveSoftLandingRequest,
    now = new Date(),
  ): Promise<{ softLanding: SoftLanding; created: boolean }> {
    const at = now.toISOString();
    const created = await this.upsert(actor.userId, applicationId, at, (existing) => ({
      feeling: input.feeling ?? null,
      feeling_words: input.feelingWords ?? "",
      what_i_learned: input.whatILearned ?? "",
      plan_for_me: input.planForMe ?? "",
      completed_at: existing?.completed_at ?? (input.completed ? at : null),
    }));
    return { softLanding: await this.get(actor, applicationId), created };
  }

  /** Sets the offer aside; what was written stays. Dismissing twice keeps the first time. */
  async dismiss(actor: Actor, applicationId: string, now = new Date()): Promise<SoftLanding> {
    const at = now.toISOString();
    await this.upsert(actor.userId, applicationId, at, (existing) => ({ dismissed_at: existing?.dismissed_at ?? at }));
    return this.get(actor, applicationId);
  }

  private async upsert(
    userId: string,
    applicationId: string,
    at: string,
    changes: (existing: SoftLandingRow | undefined) => Partial<SoftLandingRow>,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      if (!(await ownsApplication(trx, userId, applicationId))) throw notFound("Application");
      const repo = new SoftLandingsRepo(trx);
      const existing = await repo.find(userId, applicationId);
      if (existing) await repo.update(userId, applicationId, { ...changes(existing), updated_at: at });
      else {
        await repo.insert({
          id: newId(),
          user_id: userId,
          application_id: applicationId,
          feeling: null,
          feeling_words: "",
          what_i_learned: "",
          plan_for_me: "",
          dismissed_at: null,
          completed_at: null,
          created_at: at,
          updated_at: at,
          ...changes(undefined),
        });
      }
      await bumpPipelineRevision(trx, userId);
      return !existing;
    });
  }
}
