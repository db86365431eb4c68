import type { Kysely, Selectable } from "kysely";
import type { DebriefsTable } from "../../db/schema/debriefs.ts";
import type { InterviewsTable } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";

export type InterviewRow = Selectable<InterviewsTable>;

/** An interview with its application's title and company, its interviewers, and its debrief's ratings. */
export interface InterviewView extends InterviewRow {
  role_title: string;
  company_name: string | null;
  /** Null when the interview has no debrief. */
  debrief_created_at: string | null;
  debrief_energy: number | null;
  debrief_engagement: number | null;
  debrief_went_well: number | null;
  debrief_flow: DebriefsTable["flow"];
  debrief_feelings: string | null;
  debrief_own_feelings: string | null;
  interviewers: { id: string; name: string; role_title: string | null }[];
}

/** Interviews and their interviewers; every query scoped by owner. */
export class InterviewsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private viewQuery(userId: string) {
    return this.db
      .selectFrom("interviews as i")
      .innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "i.application_id").on("a.user_id", "=", userId),
      )
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .leftJoin("debriefs as d", (join) => join.onRef("d.interview_id", "=", "i.id").on("d.user_id", "=", userId))
      .selectAll("i")
      .select([
        "a.role_title",
        "c.name as company_name",
        "d.created_at as debrief_created_at",
        "d.energy as debrief_energy",
        "d.engagement as debrief_engagement",
        "d.went_well as debrief_went_well",
        "d.flow as debrief_flow",
        "d.feelings as debrief_feelings",
        "d.own_feelings as debrief_own_feelings",
      ])
      .where("i.user_id", "=", userId);
  }

  private async withInterviewers(
    userId: string,
    rows: Omit<InterviewView, "interviewers">[],
  ): Promise<InterviewView[]> {
    if (rows.length === 0) return [];
    const links = await this.db
      .selectFrom("interview_interviewers as l")
      .innerJoin("contacts as p", (join) => join.onRef("p.id", "=", "l.contact_id").on("p.user_id", "=", userId))
      .select(["l.interview_id", "p.id", "p.name", "p.role_title"])
      .where("l.user_id", "=", userId)
      .where(
        "l.interview_id",
        "in",
        rows.map((row) => row.id),
      )
      .orderBy("p.name")
      .execute();
    const byInterview = new Map<string, InterviewView["interviewers"]>();
    for (const link of links) {
      const list = byInterview.get(link.interview_id) ?? [];
      list.push({ id: link.id, name: link.name, role_title: link.role_title });
      byInterview.set(link.interview_id, list);
    }
    return rows.map((row) => ({ ...row, interviewers: byInterview.get(row.id) ?? [] }));
  }

  async findView(userId: string, id: string): Promise<InterviewView | undefined> {
    const row = await this.viewQuery(userId).where("i.id", "=", id).executeTakeFirst();
    return row ? (await this.withInterviewers(userId, [row]))[0] : undefined;
  }

  async find(userId: string, id: string): Promise<InterviewRow | undefined> {
    return this.db
      .selectFrom("interviews")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async forApplication(userId: string, applicationId: string): Promise<InterviewView[]> {
    const rows = await this.viewQuery(userId)
      .where("i.application_id", "=", applicationId)
      .orderBy("i.starts_at")
      .execute();
    return this.withInterviewers(userId, rows);
  }

  /** Interviews by start time, soonest first, with keyset pagination on (starts_at, id). */
  async list(
    userId: string,
    query: { applicationId?: string; from?: string; to?: string; limit: number; cursor?: string },
  ): Promise<{ items: InterviewView[]; nextCursor: string | null }> {
    let select = this.viewQuery(userId);
    if (query.applicationId) select = select.where("i.application_id", "=", query.applicationId);
    if (query.from) select = select.where("i.starts_at", ">=", query.from);
    if (query.to) select = select.where("i.starts_at", "<", query.to);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      select = select.where((eb) =>
        eb.or([
          eb("i.starts_at", ">", String(value)),
          eb.and([eb("i.starts_at", "=", String(value)), eb("i.id", ">", id)]),
        ]),
      );
    }
    const rows = await select
      .orderBy("i.starts_at")
      .orderBy("i.id")
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const items = await this.withInterviewers(userId, hasMore ? rows.slice(0, query.limit) : rows);
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last.starts_at, last.id) : null };
  }

  /** Interviews that end after `from` (not over yet), soonest first. */
  async upcoming(userId: string, now: string, limit: number): Promise<InterviewView[]> {
    // Interviews last at most a day, so anything starting a day ago or later may still be on.
    const dayAgo = new Date(new Date(now).getTime() - 86_400_000).toISOString();
    const rows = await this.viewQuery(userId)
      .where("i.starts_at", ">=", dayAgo)
      .orderBy("i.starts_at")
      .limit(limit + 50)
      .execute();
    const live = rows.filter((row) => endOf(row) > now).slice(0, limit);
    return this.withInterviewers(userId, live);
  }

  /** Interviews that ended between `since` and `now`, most recent first. */
  async endedBetween(userId: string, since: string, now: string, limit: number): Promise<InterviewView[]> {
    const dayBefore = new Date(new Date(since).getTime() - 86_400_000).toISOString();
    const rows = await this.viewQuery(userId)
      .where("i.starts_at", ">=", dayBefore)
      .where("i.starts_at", "<=", now)
      .orderBy("i.starts_at", "desc")
      .execute();
    const ended = rows.filter((row) => endOf(row) <= now && endOf(row) >= since).slice(0, limit);
    return this.withInterviewers(userId, ended);
  }

  async insert(row: InterviewRow): Promise<void> {
    await this.db.insertInto("interviews").values(row).execute();
  }

  async update(userId: string, id: string, changes: Partial<InterviewRow>): Promise<void> {
    await this.db.updateTable("interviews").set(changes).where("user_id", "=", userId).where("id", "=", id).execute();
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("interviews")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async replaceInterviewers(userId: string, interviewId: string, contactIds: string[]): Promise<void> {
    await this.db
      .deleteFrom("interview_interviewers")
      .where("user_id", "=", userId)
      .where("interview_id", "=", interviewId)
      .execute();
    if (contactIds.length === 0) return;
    await this.db
      .insertInto("interview_interviewers")
      .values(contactIds.map((contactId) => ({ user_id: userId, interview_id: interviewId, contact_id: contactId })))
      .execute();
  }
}

export const endOf = (row: Pick<InterviewRow, "starts_at" | "duration_minutes">) =>
  new Date(new Date(row.starts_at).getTime() + row.duration_minutes * 60_000).toISOString();
