import {
  type Expression,
  type ExpressionBuilder,
  expressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
} from "kysely";
import type {
  ActivitiesTable,
  ActivityLogsTable,
  CheckInsTable,
  JobSearchTimeTable,
} from "../../db/schema/wellbeing.ts";
import type { Database } from "../../db/schema.ts";

export type CheckInRow = Selectable<CheckInsTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type ActivityLogRow = Selectable<ActivityLogsTable> & { activity_name: string };
export type JobSearchTimeRow = Selectable<JobSearchTimeTable>;

/** The tables counted by week, each with the timestamp that places a row in a week. */
type WeekColumns = {
  applications: "created_at";
  debriefs: "created_at";
  interviews: "updated_at";
  outbox_messages: "sent_at";
};
type CountedTable = keyof WeekColumns;

/** Check-ins, activities, their logs and manual job-search time; every query scoped by owner. */
export class WellbeingRepo {
  constructor(private readonly db: Kysely<Database>) {}

  findCheckIn(userId: string, day: string): Promise<CheckInRow | undefined> {
    return this.db
      .selectFrom("check_ins")
      .selectAll()
      .where("user_id", "=", userId)
      .where("day", "=", day)
      .executeTakeFirst();
  }

  listCheckIns(userId: string, range: { from?: string; to?: string } = {}, limit = 400): Promise<CheckInRow[]> {
    let select = this.db.selectFrom("check_ins").selectAll().where("user_id", "=", userId);
    if (range.from) select = select.where("day", ">=", range.from);
    if (range.to) select = select.where("day", "<=", range.to);
    return select.orderBy("day", "desc").limit(limit).execute();
  }

  async insertCheckIn(row: CheckInRow): Promise<void> {
    await this.db.insertInto("check_ins").values(row).execute();
  }

  async updateCheckIn(
    userId: string,
    day: string,
    changes: Pick<CheckInRow, "pleasantness" | "energy" | "note" | "updated_at">,
  ): Promise<void> {
    await this.db.updateTable("check_ins").set(changes).where("user_id", "=", userId).where("day", "=", day).execute();
  }

  async deleteCheckIn(userId: string, day: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("check_ins")
      .where("user_id", "=", userId)
      .where("day", "=", day)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  findActivity(userId: string, id: string): Promise<ActivityRow | undefined> {
    return this.db
      .selectFrom("activities")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  findActivityByName(userId: string, name: string): Promise<ActivityRow | undefined> {
    return this.db
      .selectFrom("activities")
      .selectAll()
      .where("user_id", "=", userId)
      .where("name", "=", name)
      .executeTakeFirst();
  }

  listActivities(userId: string): Promise<ActivityRow[]> {
    return this.db
      .selectFrom("activities")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("created_at")
      .orderBy("id")
      .limit(500)
      .execute();
  }

  async insertActivity(row: ActivityRow): Promise<void> {
    await this.db.insertInto("activities").values(row).execute();
  }

  async updateActivity(userId: string, id: string, changes: Partial<Pick<ActivityRow, "name" | "archived_at">>) {
    await this.db.updateTable("activities").set(changes).where("user_id", "=", userId).where("id", "=", id).execute();
  }

  async deleteActivity(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("activities")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  private logs(userId: string) {
    return this.db
      .selectFrom("activity_logs")
      .innerJoin("activities", "activities.id", "activity_logs.activity_id")
      .selectAll("activity_logs")
      .select("activities.name as activity_name")
      .where("activity_logs.user_id", "=", userId)
      .where("activities.user_id", "=", userId);
  }

  findLog(userId: string, id: string): Promise<ActivityLogRow | undefined> {
    return this.logs(userId).where("activity_logs.id", "=", id).executeTakeFirst();
  }

  listLogs(userId: string, range: { from?: string; to?: string } = {}, limit = 1000): Promise<ActivityLogRow[]> {
    let select = this.logs(userId);
    if (range.from) select = select.where("activity_logs.day", ">=", range.from);
    if (range.to) select = select.where("activity_logs.day", "<=", range.to);
    return select
      .orderBy("activity_logs.day", "desc")
      .orderBy("activity_logs.created_at", "desc")
      .limit(limit)
      .execute();
  }

  async insertLog(row: Selectable<ActivityLogsTable>): Promise<void> {
    await this.db.insertInto("activity_logs").values(row).execute();
  }

  async deleteLog(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("activity_logs")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  findJobSearchTime(userId: string, id: string): Promise<JobSearchTimeRow | undefined> {
    return this.db
      .selectFrom("job_search_time")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  listJobSearchTime(userId: string, range: { from?: string; to?: string } = {}): Promise<JobSearchTimeRow[]> {
    let select = this.db.selectFrom("job_search_time").selectAll().where("user_id", "=", userId);
    if (range.from) select = select.where("day", ">=", range.from);
    if (range.to) select = select.where("day", "<=", range.to);
    return select.orderBy("day", "desc").orderBy("created_at", "desc").limit(1000).execute();
  }

  async insertJobSearchTime(row: JobSearchTimeRow): Promise<void> {
    await this.db.insertInto("job_search_time").values(row).execute();
  }

  async deleteJobSearchTime(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("job_search_time")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async isDismissed(userId: string, weekStart: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("balance_dismissals")
      .select("week_start")
      .where("user_id", "=", userId)
      .where("week_start", "=", weekStart)
      .executeTakeFirst();
    return Boolean(row);
  }

  async dismiss(userId: string, weekStart: string, at: string): Promise<void> {
    if (await this.isDismissed(userId, weekStart)) return;
    await this.db
      .insertInto("balance_dismissals")
      .values({ user_id: userId, week_start: weekStart, created_at: at })
      .execute();
  }

  /** The interviews starting in the week — UTC instants, `start` included, `end` not — with their lengths. */
  interviewsBetween(userId: string, start: string, end: string) {
    return this.db
      .selectFrom("interviews")
      .select(["id", "starts_at", "duration_minutes", "time_zone"])
      .where("user_id", "=", userId)
      .where("starts_at", ">=", start)
      .where("starts_at", "<", end)
      .execute();
  }

  /** Interviews that already started (for "interview days"), newest first. */
  pastInterviews(userId: string, now: string) {
    return this.db
      .selectFrom("interviews")
      .select(["starts_at", "time_zone"])
      .where("user_id", "=", userId)
      .where("starts_at", "<=", now)
      .orderBy("starts_at", "desc")
      .limit(2000)
      .execute();
  }

  /** How many records of each kind the owner made in the week (UTC instants [start, end)), for the job-search time estimates. */
  async countRecords(userId: string, start: string, end: string) {
    const [applications, debriefs, prep, messages] = await Promise.all([
      this.countIn("applications", "created_at", userId, start, end),
      this.countIn("debriefs", "created_at", userId, start, end),
      this.countIn("interviews", "updated_at", userId, start, end, (eb) =>
        eb.or([
          eb("prep_case", "!=", ""),
          eb("prep_talking_points", "!=", ""),
          eb("prep_questions", "!=", ""),
          eb("prep_research", "!=", ""),
        ]),
      ),
      this.countIn("outbox_messages", "sent_at", userId, start, end, (eb) => eb("status", "=", "sent")),
    ]);
    return { applications, debriefs, prep, messages };
  }

  /** The owner's rows of `table` whose `column` falls in the week, narrowed further by `only`. */
  private async countIn<T extends CountedTable>(
    table: T,
    column: WeekColumns[T],
    userId: string,
    start: string,
    end: string,
    only?: (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>,
  ): Promise<number> {
    // Kysely cannot resolve columns on a generic table, so the body widens to every counted
    // table (a safe upcast); the call sites stay typed per table through T.
    const counted: CountedTable = table;
    const at: WeekColumns[CountedTable] = column;
    let query = this.db
      .selectFrom(counted)
      .select((eb) => eb.fn.countAll().as("n"))
      .where("user_id", "=", userId)
      .where(at, ">=", start)
      .where(at, "<", end);
    if (only) query = query.where(only(expressionBuilder<Database, T>()));
    const row = await query.executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
