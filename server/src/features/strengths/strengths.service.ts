import type { Kysely, Selectable } from "kysely";
import type {
  CreateEvidenceRequest,
  CreateStrengthRequest,
  CreateWinRequest,
  EvidenceKind,
  Reminder,
  Strength,
  StrengthEvidence,
  UpdateStrengthRequest,
  UpdateWinRequest,
  Win,
  WinListQuery,
  WinSize,
} from "../../../../contract/strengths.ts";
import { newId } from "../../db/ids.ts";
import type { StrengthEvidenceTable, StrengthsTable, WinsTable } from "../../db/schema/strengths-reading.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";

type StrengthRow = Selectable<StrengthsTable>;
type EvidenceRow = Selectable<StrengthEvidenceTable>;
type WinRow = Selectable<WinsTable>;

export function presentEvidence(row: EvidenceRow): StrengthEvidence {
  return {
    id: row.id,
    strengthId: row.strength_id,
    kind: row.kind as EvidenceKind,
    text: row.text,
    link: row.link,
    createdAt: row.created_at,
  };
}

export function presentWin(row: WinRow): Win {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    size: row.size as WinSize,
    jobRelated: Number(row.job_related) === 1,
    happenedOn: row.happened_on,
    strengthId: row.strength_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentStrength(row: StrengthRow, evidence: EvidenceRow[]): Strength {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    position: Number(row.position),
    evidence: evidence.map(presentEvidence),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * A small, stable hash of text (FNV-1a, 32 bit): the reminder's choice for a user and a day,
 * so it changes from day to day but not between two visits on the same day.
 */
export function dayHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** How far back a win counts as recent for the reminder. */
const recentWinDays = 90;

/** Strengths with their evidence, and wins. Every query is scoped by owner. */
export class StrengthsService {
  constructor(private readonly db: Kysely<Database>) {}

  private async findRow(db: Kysely<Database>, userId: string, id: string): Promise<StrengthRow | undefined> {
    return db.selectFrom("strengths").selectAll().where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
  }

  async list(actor: Actor): Promise<Strength[]> {
    const rows = await this.db
      .selectFrom("strengths")
      .selectAll()
      .where("user_id", "=", actor.userId)
      .orderBy("position")
      .orderBy("created_at")
      .orderBy("id")
      .limit(500)
      .execute();
    const evidence = await this.db
      .selectFrom("strength_evidence")
      .selectAll()
      .where("user_id", "=", actor.userId)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map((row) =>
      presentStrength(
        row,
        evidence.filter((item) => item.strength_id === row.id),
      ),
    );
  }

  async get(actor: Actor, id: string): Promise<Strength> {
    const row = await this.findRow(this.db, actor.userId, id);
    if (!row) throw notFound("Strength");
    const evidence = await this.db
      .selectFrom("strength_evidence")
      .selectAll()
      .where("user_id", "=", actor.userId)
      .where("strength_id", "=", id)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return presentStrength(row, evidence);
  }

  async create(actor: Actor, input: CreateStrengthRequest, now = new Date()): Promise<Strength> {
    const at = now.toISOString();
    const id = newId();
    let position = input.position;
    if (position === undefined) {
      const last = await this.db
        .selectFrom("strengths")
        .select((eb) => eb.fn.max("position").as("max"))
        .where("user_id", "=", actor.userId)
        .executeTakeFirst();
      position = last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
    }
    await this.db
      .insertInto("strengths")
      .values({
        id,
        user_id: actor.userId,
        name: input.name,
        description: input.description ?? "",
        position,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateStrengthRequest, now = new Date()): Promise<Strength> {
    const existing = await this.findRow(this.db, actor.userId, id);
    if (!existing) throw notFound("Strength");
    await this.db
      .updateTable("strengths")
      .set({
        updated_at: now.toISOString(),
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
      })
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .execute();
    return this.get(actor, id);
  }

  /** Deletes the strength and its evidence; wins that named it keep their place, unlinked. */
  async delete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await this.findRow(trx, actor.userId, id))) throw notFound("Strength");
      await trx
        .updateTable("wins")
        .set({ strength_id: null })
        .where("user_id", "=", actor.userId)
        .where("strength_id", "=", id)
        .execute();
      await trx
        .deleteFrom("strength_evidence")
        .where("user_id", "=", actor.userId)
        .where("strength_id", "=", id)
        .execute();
      await trx.deleteFrom("strengths").where("user_id", "=", actor.userId).where("id", "=", id).execute();
    });
  }

  async addEvidence(
    actor: Actor,
    strengthId: string,
    input: CreateEvidenceRequest,
    now = new Date(),
  ): Promise<StrengthEvidence> {
    if (!(await this.findRow(this.db, actor.userId, strengthId))) throw notFound("Strength");
    const row: EvidenceRow = {
      id: newId(),
      user_id: actor.userId,
      strength_id: strengthId,
      kind: input.kind ?? "story",
      text: input.text,
      link: input.link ?? null,
      created_at: now.toISOString(),
    };
    await this.db.insertInto("strength_evidence").values(row).execute();
    return presentEvidence(row);
  }

  async deleteEvidence(actor: Actor, id: string): Promise<void> {
    const result = await this.db
      .deleteFrom("strength_evidence")
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound("Evidence");
  }

  private async checkStrength(userId: string, strengthId: string | null | undefined): Promise<void> {
    if (strengthId && !(await this.findRow(this.db, userId, strengthId))) {
      throw badRequest("That strength was not found.", [{ path: "strengthId", message: "no such strength" }]);
    }
  }

  private async findWin(userId: string, id: string): Promise<WinRow | undefined> {
    return this.db.selectFrom("wins").selectAll().where("user_id", "=", userId).where("id", "=", id).executeTakeFirst();
  }

  async getWin(actor: Actor, id: string): Promise<Win> {
    const row = await this.findWin(actor.userId, id);
    if (!row) throw notFound("Win");
    return presentWin(row);
  }

  /** Newest first (by the day it happened, then when it was written down); keyset pagination. */
  async listWins(actor: Actor, query: WinListQuery): Promise<{ items: Win[]; nextCursor: string | null }> {
    let select = this.db.selectFrom("wins").selectAll().where("user_id", "=", actor.userId);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      const key = String(value);
      select = select.where((eb) =>
        eb.or([eb("happened_on", "<", key), eb.and([eb("happened_on", "=", key), eb("id", "<", id)])]),
      );
    }
    const rows = await select
      .orderBy("happened_on", "desc")
      .orderBy("id", "desc")
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const items = hasMore ? rows.slice(0, query.limit) : rows;
    const last = items.at(-1);
    return {
      items: items.map(presentWin),
      nextCursor: hasMore && last ? encodeCursor(last.happened_on, last.id) : null,
    };
  }

  async createWin(actor: Actor, input: CreateWinRequest, now = new Date()): Promise<Win> {
    await this.checkStrength(actor.userId, input.strengthId);
    const at = now.toISOString();
    const row: WinRow = {
      id: newId(),
      user_id: actor.userId,
      title: input.title,
      notes: input.notes ?? "",
      size: input.size ?? "small",
      job_related: input.jobRelated ? 1 : 0,
      happened_on: input.happenedOn ?? at.slice(0, 10),
      strength_id: input.strengthId ?? null,
      created_at: at,
      updated_at: at,
    };
    await this.db.insertInto("wins").values(row).execute();
    return presentWin(row);
  }

  async updateWin(actor: Actor, id: string, input: UpdateWinRequest, now = new Date()): Promise<Win> {
    if (!(await this.findWin(actor.userId, id))) throw notFound("Win");
    await this.checkStrength(actor.userId, input.strengthId);
    await this.db
      .updateTable("wins")
      .set({
        updated_at: now.toISOString(),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        ...(input.size !== undefined ? { size: input.size } : {}),
        ...(input.jobRelated !== undefined ? { job_related: input.jobRelated ? 1 : 0 } : {}),
        ...(input.happenedOn !== undefined ? { happened_on: input.happenedOn } : {}),
        ...(input.strengthId !== undefined ? { strength_id: input.strengthId } : {}),
      })
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .execute();
    return this.getWin(actor, id);
  }

  async deleteWin(actor: Actor, id: string): Promise<void> {
    const result = await this.db
      .deleteFrom("wins")
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound("Win");
  }

  /**
   * One thing to remember today: the candidates are each piece of evidence (with its strength),
   * each strength without evidence, and each win of the last 90 days; a hash of the user's id and
   * the day picks one, so it is the same all day and usually different tomorrow.
   */
  async reminder(actor: Actor, day: string): Promise<Reminder> {
    const strengths = await this.list(actor);
    const since = new Date(Date.parse(`${day}T00:00:00Z`) - recentWinDays * 86_400_000).toISOString().slice(0, 10);
    const wins = await this.db
      .selectFrom("wins")
      .selectAll()
      .where("user_id", "=", actor.userId)
      .where("happened_on", ">=", since)
      .where("happened_on", "<=", day)
      .orderBy("happened_on", "desc")
      .orderBy("id", "desc")
      .limit(50)
      .execute();
    const candidates: NonNullable<Reminder["reminder"]>[] = [];
    for (const item of strengths) {
      const strength = { id: item.id, name: item.name, description: item.description };
      if (item.evidence.length === 0) candidates.push({ type: "strength", strength, evidence: null });
      for (const evidence of item.evidence) candidates.push({ type: "strength", strength, evidence });
    }
    for (const row of wins) candidates.push({ type: "win", win: presentWin(row) });
    if (candidates.length === 0) return { day, reminder: null };
    return { day, reminder: candidates[dayHash(`${actor.userId}:${day}`) % candidates.length] ?? null };
  }
}
