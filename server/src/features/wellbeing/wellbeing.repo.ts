import type { Kysely, Selectable } from "kysely";
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

/** The first instant after a day (UTC), for half-open timestamp ranges. */
const after = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
const from = (day: string) => `${day}T00:00:00.000Z`;

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

  /** The interviews starting in the week (UTC days), with their lengths. */
  interviewsBetween(userId: string, start: string, end: string) {
    return this.db
      .selectFrom("interviews")
      .select(["id", "starts_at", "duration_minutes", "time_zone"])
      .where("user_id", "=", userId)
      .where("starts_at", ">=", from(start))
      .where("starts_at", "<", after(end))
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

  async countRecords(userId: string, start: string, end: string) {
    const count = async (query: Promise<{ n: string | number | bigint } | undefined>) => Number((await query)?.n ?? 0);
    const [applications, debriefs, prep, messages] = await Promise.all([
      count(
        this.db
          .selectFrom("applications")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("user_id", "=", userId)
          .where("created_at", ">=", from(start))
          .where("created_at", "<", after(end))
          .executeTakeFirst(),
      ),
      count(
        this.db
          .selectFrom("debriefs")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("user_id", "=", userId)
          .where("created_at", ">=", from(start))
          .where("created_at", "<", after(end))
          .executeTakeFirst(),
      ),
      count(
        this.db
          .selectFrom("interviews")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("user_id", "=", userId)
          .where("updated_at", ">=", from(start))
          .where("updated_at", "<", after(end))
          .where((eb) =>
            eb.or([
              eb("prep_case", "!=", ""),
              eb("prep_talking_points", "!=", ""),
              eb("prep_questions", "!=", ""),
              eb("prep_research", "!=", ""),
            ]),
          )
          .executeTakeFirst(),
      ),
      count(
        this.db
          .selectFrom("outbox_messages")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("user_id", "=", userId)
          .where("status", "=", "sent")
          .where("sent_at", ">=", from(start))
          .where("sent_at", "<", after(end))
          .executeTakeFirst(),
      ),
    ]);
    return { applications, debriefs, prep, messages };
  }
}
