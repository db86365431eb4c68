import type { Kysely } from "kysely";
import type { InterviewFormat, InterviewKind, TaskKind } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";

/** An interview with what its calendar event shows. */
export interface InterviewEventRow {
  id: string;
  roundName: string;
  kind: InterviewKind;
  format: InterviewFormat;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  location: string | null;
  notes: string;
  learningGoal: string;
  updatedAt: string;
  roleTitle: string;
  companyName: string | null;
}

/** An open task with a due date. */
export interface TaskEventRow {
  id: string;
  title: string;
  kind: TaskKind;
  dueOn: string;
  notes: string;
  updatedAt: string;
  roleTitle: string | null;
  companyName: string | null;
}

/** The interviews and tasks that calendar events are made from; every query scoped by the owner. */
export class CalendarEventsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private interviews(userId: string) {
    return this.db
      .selectFrom("interviews as interview")
      .innerJoin("applications as application", (join) =>
        join
          .onRef("application.id", "=", "interview.application_id")
          .onRef("application.user_id", "=", "interview.user_id"),
      )
      .leftJoin("companies as company", (join) =>
        join.onRef("company.id", "=", "application.company_id").onRef("company.user_id", "=", "application.user_id"),
      )
      .select([
        "interview.id",
        "interview.round_name as roundName",
        "interview.kind",
        "interview.format",
        "interview.starts_at as startsAt",
        "interview.duration_minutes as durationMinutes",
        "interview.time_zone as timeZone",
        "interview.location",
        "interview.notes",
        "interview.prep_learning_goal as learningGoal",
        "interview.updated_at as updatedAt",
        "application.role_title as roleTitle",
        "company.name as companyName",
      ])
      .where("interview.user_id", "=", userId);
  }

  /** Interviews starting at or after `since`, soonest first. */
  async interviewsSince(userId: string, since: string): Promise<InterviewEventRow[]> {
    const rows = await this.interviews(userId)
      .where("interview.starts_at", ">=", since)
      .orderBy("interview.starts_at")
      .orderBy("interview.id")
      .execute();
    return rows.map((row) => ({ ...row, durationMinutes: Number(row.durationMinutes) }));
  }

  async interview(userId: string, interviewId: string): Promise<InterviewEventRow | undefined> {
    const row = await this.interviews(userId).where("interview.id", "=", interviewId).executeTakeFirst();
    return row && { ...row, durationMinutes: Number(row.durationMinutes) };
  }

  /** Open tasks that have a due date, earliest first. */
  async openTasksWithDueDate(userId: string): Promise<TaskEventRow[]> {
    const rows = await this.db
      .selectFrom("tasks as task")
      .leftJoin("applications as application", (join) =>
        join.onRef("application.id", "=", "task.application_id").onRef("application.user_id", "=", "task.user_id"),
      )
      .leftJoin("companies as company", (join) =>
        join.onRef("company.id", "=", "application.company_id").onRef("company.user_id", "=", "application.user_id"),
      )
      .select([
        "task.id",
        "task.title",
        "task.kind",
        "task.due_on as dueOn",
        "task.notes",
        "task.updated_at as updatedAt",
        "application.role_title as roleTitle",
        "company.name as companyName",
      ])
      .where("task.user_id", "=", userId)
      .where("task.done_at", "is", null)
      .where("task.due_on", "is not", null)
      .orderBy("task.due_on")
      .orderBy("task.id")
      .execute();
    return rows.map((row) => ({ ...row, dueOn: row.dueOn ?? "" }));
  }
}
