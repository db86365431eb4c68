import { type Kysely, type Selectable, sql } from "kysely";
import type { TasksTable } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { decodeCursor, encodeCursor } from "../pipeline/cursor.ts";

export type TaskRow = Selectable<TasksTable>;
export interface TaskView extends TaskRow {
  role_title: string | null;
  company_name: string | null;
}

export interface TaskListQuery {
  status: "open" | "done" | "all";
  applicationId?: string;
  dueBefore?: string;
  limit: number;
  cursor?: string;
}

// Undated tasks sort after dated ones: '9999-12-31' stands in for "someday".
const dueKey = sql<string>`coalesce(t.due_on, '9999-12-31')`;

/** Tasks and reminders; every query scoped by owner. */
export class TasksRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private viewQuery(userId: string) {
    return this.db
      .selectFrom("tasks as t")
      .leftJoin("applications as a", (join) => join.onRef("a.id", "=", "t.application_id").on("a.user_id", "=", userId))
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .selectAll("t")
      .select(["a.role_title", "c.name as company_name"])
      .where("t.user_id", "=", userId);
  }

  findView(userId: string, id: string): Promise<TaskView | undefined> {
    return this.viewQuery(userId).where("t.id", "=", id).executeTakeFirst();
  }

  /** By due date (undated last), then creation; keyset pagination on (due key, id). */
  async list(userId: string, query: TaskListQuery): Promise<{ items: TaskView[]; nextCursor: string | null }> {
    let select = this.viewQuery(userId);
    if (query.status === "open") select = select.where("t.done_at", "is", null);
    if (query.status === "done") select = select.where("t.done_at", "is not", null);
    if (query.applicationId) select = select.where("t.application_id", "=", query.applicationId);
    if (query.dueBefore) select = select.where("t.due_on", "<=", query.dueBefore);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      select = select.where((eb) =>
        eb.or([eb(dueKey, ">", String(value)), eb.and([eb(dueKey, "=", String(value)), eb("t.id", ">", id)])]),
      );
    }
    const rows = await select
      .orderBy(dueKey)
      .orderBy("t.id")
      .limit(query.limit + 1)
      .execute();
    const hasMore = rows.length > query.limit;
    const items = hasMore ? rows.slice(0, query.limit) : rows;
    const last = items.at(-1);
    return { items, nextCursor: hasMore && last ? encodeCursor(last.due_on ?? "9999-12-31", last.id) : null };
  }

  forApplication(userId: string, applicationId: string): Promise<TaskView[]> {
    return this.viewQuery(userId)
      .where("t.application_id", "=", applicationId)
      .orderBy(dueKey)
      .orderBy("t.id")
      .execute();
  }

  async insert(row: TaskRow): Promise<void> {
    await this.db.insertInto("tasks").values(row).execute();
  }

  async update(userId: string, id: string, changes: Partial<TaskRow>): Promise<boolean> {
    const result = await this.db
      .updateTable("tasks")
      .set(changes)
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("tasks")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
