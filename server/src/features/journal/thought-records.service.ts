import type { Kysely, Updateable } from "kysely";
import type {
  CreateThoughtRecordRequest,
  ThoughtRecord,
  UpdateThoughtRecordRequest,
} from "../../../../contract/journal.ts";
import { newId } from "../../db/ids.ts";
import type { ThoughtRecordsTable } from "../../db/schema/journal.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { type ThoughtRecordRow, ThoughtRecordsRepo } from "./thought-records.repo.ts";

type Fields = CreateThoughtRecordRequest;

/** The links a record names must be the user's own; another user's id reads as unknown. */
async function checkLinks(db: Kysely<Database>, userId: string, input: Fields): Promise<void> {
  if (input.applicationId) {
    const row = await db
      .selectFrom("applications")
      .select("id")
      .where("user_id", "=", userId)
      .where("id", "=", input.applicationId)
      .executeTakeFirst();
    if (!row) {
      throw badRequest("That application was not found.", [{ path: "applicationId", message: "no such application" }]);
    }
  }
  if (input.interviewId) {
    const row = await db
      .selectFrom("interviews")
      .select("id")
      .where("user_id", "=", userId)
      .where("id", "=", input.interviewId)
      .executeTakeFirst();
    if (!row) {
      throw badRequest("That interview was not found.", [{ path: "interviewId", message: "no such interview" }]);
    }
  }
}

/** The columns a request changes; fields left out stay as they are. */
function columns(input: Fields): Updateable<ThoughtRecordsTable> {
  return {
    ...(input.mode !== undefined ? { mode: input.mode } : {}),
    ...(input.situation !== undefined ? { situation: input.situation } : {}),
    ...(input.moods !== undefined ? { moods: JSON.stringify(input.moods) } : {}),
    ...(input.automaticThoughts !== undefined ? { automatic_thoughts: JSON.stringify(input.automaticThoughts) } : {}),
    ...(input.evidenceFor !== undefined ? { evidence_for: input.evidenceFor } : {}),
    ...(input.evidenceAgainst !== undefined ? { evidence_against: input.evidenceAgainst } : {}),
    ...(input.balancedThought !== undefined ? { balanced_thought: input.balancedThought } : {}),
    ...(input.balancedBelief !== undefined ? { balanced_belief: input.balancedBelief } : {}),
    ...(input.thinkingTraps !== undefined ? { thinking_traps: JSON.stringify(input.thinkingTraps) } : {}),
    ...(input.dismissedTraps !== undefined ? { dismissed_traps: JSON.stringify(input.dismissedTraps) } : {}),
    ...(input.reframe !== undefined ? { reframe: input.reframe } : {}),
    ...(input.applicationId !== undefined ? { application_id: input.applicationId } : {}),
    ...(input.interviewId !== undefined ? { interview_id: input.interviewId } : {}),
  };
}

function parseArray<T>(text: string): T[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

export function presentThoughtRecord(row: ThoughtRecordRow): ThoughtRecord {
  return {
    id: row.id,
    mode: row.mode === "full" ? "full" : "quick",
    situation: row.situation,
    moods: parseArray(row.moods),
    automaticThoughts: parseArray(row.automatic_thoughts),
    evidenceFor: row.evidence_for,
    evidenceAgainst: row.evidence_against,
    balancedThought: row.balanced_thought,
    balancedBelief: row.balanced_belief === null ? null : Number(row.balanced_belief),
    thinkingTraps: parseArray(row.thinking_traps),
    dismissedTraps: parseArray(row.dismissed_traps),
    reframe: row.reframe,
    applicationId: row.application_id,
    interviewId: row.interview_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Thought records: private, every field optional, linked to an application or interview if wished. */
export class ThoughtRecordsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor, id: string): Promise<ThoughtRecord> {
    const found = await new ThoughtRecordsRepo(this.db).find(actor.userId, id);
    if (!found) throw notFound("Thought record");
    return presentThoughtRecord(found);
  }

  async list(actor: Actor, query: { limit: number; cursor?: string }) {
    const page = await new ThoughtRecordsRepo(this.db).list(actor.userId, query);
    return { items: page.items.map(presentThoughtRecord), nextCursor: page.nextCursor };
  }

  async create(actor: Actor, input: CreateThoughtRecordRequest, now = new Date()): Promise<ThoughtRecord> {
    const at = now.toISOString();
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      await checkLinks(trx, actor.userId, input);
      await new ThoughtRecordsRepo(trx).insert({
        id,
        user_id: actor.userId,
        mode: input.mode ?? "quick",
        situation: input.situation ?? "",
        moods: JSON.stringify(input.moods ?? []),
        automatic_thoughts: JSON.stringify(input.automaticThoughts ?? []),
        evidence_for: input.evidenceFor ?? "",
        evidence_against: input.evidenceAgainst ?? "",
        balanced_thought: input.balancedThought ?? "",
        balanced_belief: input.balancedBelief ?? null,
        thinking_traps: JSON.stringify(input.thinkingTraps ?? []),
        dismissed_traps: JSON.stringify(input.dismissedTraps ?? []),
        reframe: input.reframe ?? "",
        application_id: input.applicationId ?? null,
        interview_id: input.interviewId ?? null,
        created_at: at,
        updated_at: at,
      });
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateThoughtRecordRequest, now = new Date()) {
    await this.db.transaction().execute(async (trx) => {
      const repo = new ThoughtRecordsRepo(trx);
      if (!(await repo.find(actor.userId, id))) throw notFound("Thought record");
      await checkLinks(trx, actor.userId, input);
      await repo.update(actor.userId, id, { ...columns(input), updated_at: now.toISOString() });
    });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    if (!(await new ThoughtRecordsRepo(this.db).delete(actor.userId, id))) throw notFound("Thought record");
  }
}
