import type { Kysely } from "kysely";
import type { SaveDebriefRequest } from "../../../../contract/debriefs.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { conflict, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { InterviewsRepo } from "../interviews/interviews.repo.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { debriefColumns } from "./debrief-columns.ts";
import { DebriefsRepo, type DebriefView } from "./debriefs.repo.ts";

/**
 * Writing, reading and removing the debrief of an interview. A debrief is refused before the
 * interview has started: it records how an interview went, and a debrief dated before the
 * interview would put a made-up feeling into the insights. (If the time was entered wrong, the
 * fix is to correct the interview's time.) Once it has started it is allowed, even before its
 * planned end: interviews end early, and the nudge should not stand in the way.
 */
export class DebriefsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor, interviewId: string): Promise<DebriefView> {
    const found = await new DebriefsRepo(this.db).findByInterview(actor.userId, interviewId);
    if (!found) throw notFound("Debrief");
    return found;
  }

  /** Creates or replaces the debrief; `created` says which. The first-written time is kept. */
  async save(
    actor: Actor,
    interviewId: string,
    input: SaveDebriefRequest,
    now = new Date(),
  ): Promise<{ debrief: DebriefView; created: boolean }> {
    const userId = actor.userId;
    const created = await this.db.transaction().execute(async (trx) => {
      const interview = await new InterviewsRepo(trx).find(userId, interviewId);
      if (!interview) throw notFound("Interview");
      if (new Date(interview.starts_at).getTime() > now.getTime()) {
        throw conflict("This interview hasn't started yet: debrief it once it has begun.", [
          { path: "interviewId", message: `starts at ${interview.starts_at}` },
        ]);
      }
      const repo = new DebriefsRepo(trx);
      const fields = debriefColumns(input, now.toISOString());
      const existing = await repo.findByInterview(userId, interviewId);
      if (existing) await repo.replace(userId, interviewId, fields);
      else {
        await repo.insert({
          id: newId(),
          user_id: userId,
          interview_id: interviewId,
          created_at: fields.updated_at,
          ...fields,
        });
      }
      await bumpPipelineRevision(trx, userId);
      return !existing;
    });
    return { debrief: await this.get(actor, interviewId), created };
  }

  async delete(actor: Actor, interviewId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await new DebriefsRepo(trx).delete(actor.userId, interviewId))) throw notFound("Debrief");
      await bumpPipelineRevision(trx, actor.userId);
    });
  }

  list(actor: Actor, query: { limit: number; cursor?: string }) {
    return new DebriefsRepo(this.db).list(actor.userId, query);
  }

  async settings(actor: Actor): Promise<{ reminderEmail: boolean }> {
    return { reminderEmail: await new DebriefsRepo(this.db).reminderSetting(actor.userId) };
  }

  async updateSettings(actor: Actor, settings: { reminderEmail: boolean }): Promise<{ reminderEmail: boolean }> {
    await new DebriefsRepo(this.db).setReminderSetting(actor.userId, settings.reminderEmail);
    return this.settings(actor);
  }
}
