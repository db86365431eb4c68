import type { Kysely } from "kysely";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { type ApplicationNoteRow, ApplicationNotesRepo } from "./application-notes.repo.ts";
import { ApplicationsRepo } from "./applications.repo.ts";

/** Notes added to an application over time; they appear on its timeline. */
export class ApplicationNotesService {
  constructor(private readonly db: Kysely<Database>) {}

  async add(actor: Actor, applicationId: string, body: string): Promise<ApplicationNoteRow> {
    return this.db.transaction().execute(async (trx) => {
      if (!(await new ApplicationsRepo(trx).find(actor.userId, applicationId))) throw notFound("Application");
      const now = nowIso();
      const row: ApplicationNoteRow = {
        id: newId(),
        user_id: actor.userId,
        application_id: applicationId,
        body,
        created_at: now,
        updated_at: now,
      };
      await new ApplicationNotesRepo(trx).insert(row);
      await bumpPipelineRevision(trx, actor.userId);
      return row;
    });
  }

  async edit(actor: Actor, id: string, body: string): Promise<ApplicationNoteRow> {
    return this.db.transaction().execute(async (trx) => {
      const repo = new ApplicationNotesRepo(trx);
      if (!(await repo.update(actor.userId, id, body, nowIso()))) throw notFound("Note");
      await bumpPipelineRevision(trx, actor.userId);
      const row = await repo.find(actor.userId, id);
      if (!row) throw notFound("Note");
      return row;
    });
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await new ApplicationNotesRepo(trx).delete(actor.userId, id))) throw notFound("Note");
      await bumpPipelineRevision(trx, actor.userId);
    });
  }
}
