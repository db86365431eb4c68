import type { Kysely } from "kysely";
import type { CreateWritingSessionRequest, UpdateWritingSessionRequest } from "../../../../contract/growth.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { checkLinks } from "./growth-owned.ts";
import { type WritingSessionRow, WritingSessionsRepo } from "./writing-sessions.repo.ts";

/**
 * "Write it out": private expressive-writing sessions. Nothing on the application page shows
 * them, so they leave the pipeline revision alone.
 */
export class WritingSessionsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor, id: string): Promise<WritingSessionRow> {
    const found = await new WritingSessionsRepo(this.db).find(actor.userId, id);
    if (!found) throw notFound("Writing session");
    return found;
  }

  list(actor: Actor, applicationId?: string): Promise<WritingSessionRow[]> {
    return new WritingSessionsRepo(this.db).list(actor.userId, applicationId);
  }

  async create(actor: Actor, input: CreateWritingSessionRequest, now = new Date()): Promise<WritingSessionRow> {
    const at = now.toISOString();
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      await checkLinks(trx, actor.userId, { applicationId: input.applicationId });
      await new WritingSessionsRepo(trx).insert({
        id,
        user_id: actor.userId,
        application_id: input.applicationId ?? null,
        body: input.body,
        minutes: input.minutes ?? null,
        created_at: at,
        updated_at: at,
      });
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateWritingSessionRequest, now = new Date()) {
    const changes = {
      ...(input.body !== undefined ? { body: input.body } : {}),
      ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
      updated_at: now.toISOString(),
    };
    if (!(await new WritingSessionsRepo(this.db).update(actor.userId, id, changes))) throw notFound("Writing session");
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    if (!(await new WritingSessionsRepo(this.db).delete(actor.userId, id))) throw notFound("Writing session");
  }
}
