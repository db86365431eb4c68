import type { Kysely, Selectable } from "kysely";
import type { DebriefsTable } from "../../db/schema/debriefs.ts";
import type { Database } from "../../db/schema.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";
import type { DebriefColumns } from "./debrief-columns.ts";

export type DebriefRow = Selectable<DebriefsTable>;

/** A debrief with its interview's application id (every debrief response names it). */
export interface DebriefView extends DebriefRow {
  application_id: string;
}

/** A debrief with what it was about, for the list. */
export interface DebriefListRow extends DebriefView {
  round_name: string;
  kind: Selectable<Database["interviews"]>["kind"];
  format: Selectable<Database["interviews"]>["format"];
  starts_at: string;
  role_title: string;
  company_name: string | null;
}

/** Debriefs; every query scoped by owner, on every table it touches. */
export class DebriefsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async findByInterview(userId: string, interviewId: string): Promise<DebriefView | undefined> {
    return this.db
      .selectFrom("debriefs as d")
      .innerJoin("interviews as i", (join) => join.onRef("i.id", "=", "d.interview_id").on("i.user_id", "=", userId))
      .selectAll("d")
      .select("i.application_id")
      .where("d.user_id", "=", userId)
      .where("d.interview_id", "=", interviewId)
      .executeTakeFirst();
  }

  async insert(row: DebriefRow): Promise<void> {
    await this.db.insertInto("debriefs").values(row).execute();
  }

  /** Replaces everything but the id, the interview and the first-written time. */
  async replace(userId: string, interviewId: string, row: DebriefColumns): Promise<void> {
    await this.db
      .updateTable("debriefs")
      .set(row)
      .where("user_id", "=", userId)
      .where("interview_id", "=", interviewId)
      .execute();
  }

  async delete(userId: string, interviewId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("debriefs")
      .where("user_id", "=", userId)
      .where("interview_id", "=", interviewId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Newest interview first, with keyset pagination on (starts_at, id) descending. */
  async list(userId: string, query: { limit: number; cursor?: string }) {
    let select = this.db
      .selectFrom("debriefs as d")
      .innerJoin("interviews as i", (join) => join.onRef("i.id", "=", "d.interview_id").on("i.user_id", "=", userId))
      .innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "i.application_id").on("a.user_id", "=", userId),
      )
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .selectAll("d")
      .select([
        "i.application_id",
        "i.round_name",
        "i.kind",
        "i.format",
        "i.starts_at",
        "a.role_title",
        "c.name as company_name",
      ])
      .where("d.user_id", "=", userId);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      select = select.where((eb) =>
        eb.or([
          eb("i.starts_at", "<", String(value)),
          eb.and([eb("i.starts_at", "=", String(value)), eb("d.id", "<", id)]),
        ]),
      );
    }
    const rows: DebriefListRow[] = await select
      .orderBy("i.starts_at", "desc")
      .orderBy("d.id", "desc")
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const items = hasMore ? rows.slice(0, query.limit) : rows;
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last.starts_at, last.id) : null };
  }

  /** Every debrief of the user with its interview, oldest interview first (the JSON export). */
  async allForExport(userId: string): Promise<DebriefView[]> {
    return this.db
      .selectFrom("debriefs as d")
      .innerJoin("interviews as i", (join) => join.onRef("i.id", "=", "d.interview_id").on("i.user_id", "=", userId))
      .selectAll("d")
      .select("i.application_id")
      .where("d.user_id", "=", userId)
      .orderBy("i.starts_at")
      .orderBy("d.id")
      .execute();
  }

  async reminderSetting(userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("users")
      .select("debrief_reminder_email")
      .where("id", "=", userId)
      .executeTakeFirst();
    return Number(row?.debrief_reminder_email ?? 0) === 1;
  }

  async setReminderSetting(userId: string, on: boolean): Promise<void> {
    await this.db
      .updateTable("users")
      .set({ debrief_reminder_email: on ? 1 : 0 })
      .where("id", "=", userId)
      .execute();
  }
}
