import type { Kysely } from "kysely";
import { DateTime } from "luxon";
import type {
  Activity,
  ActivityLog,
  BalanceWeek,
  CheckIn,
  ComparisonList,
  CreateActivityLogRequest,
  CreateJobSearchTimeRequest,
  JobSearchTime,
  SaveCheckInRequest,
  UpdateActivityRequest,
} from "../../../../contract/wellbeing.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, conflict, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { localToday, localWeek, weekOf } from "./balance.ts";
import { parseFeelings, summariseWeek } from "./balance-week.ts";
import { compare, minimumDaysEachSide } from "./comparisons.ts";
import {
  type ActivityLogRow,
  type ActivityRow,
  type CheckInRow,
  type JobSearchTimeRow,
  WellbeingRepo,
} from "./wellbeing.repo.ts";

const presentCheckIn = (row: CheckInRow): CheckIn => ({
  id: row.id,
  day: row.day,
  pleasantness: Number(row.pleasantness),
  energy: Number(row.energy),
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
const presentActivity = (row: ActivityRow): Activity => ({
  id: row.id,
  name: row.name,
  archived: row.archived_at !== null,
  createdAt: row.created_at,
});
const presentLog = (row: ActivityLogRow): ActivityLog => ({
  id: row.id,
  activityId: row.activity_id,
  activityName: row.activity_name,
  day: row.day,
  minutes: row.minutes === null ? null : Number(row.minutes),
  feelings: parseFeelings(row.feelings),
  createdAt: row.created_at,
});
const presentJobSearchTime = (row: JobSearchTimeRow): JobSearchTime => ({
  id: row.id,
  day: row.day,
  minutes: Number(row.minutes),
  note: row.note,
  createdAt: row.created_at,
});

const todayUtc = (now: Date) => now.toISOString().slice(0, 10);
const interviewDay = (startsAt: string, timeZone: string) => {
  const local = DateTime.fromISO(startsAt, { zone: timeZone });
  return (local.isValid ? local : DateTime.fromISO(startsAt, { zone: "utc" })).toISODate() ?? startsAt.slice(0, 10);
};

/** The daily check-in, the user's activities and their logs, and the weekly balance. Private to the owner. */
export class WellbeingService {
  constructor(private readonly db: Kysely<Database>) {}

  private repo(db: Kysely<Database> = this.db) {
    return new WellbeingRepo(db);
  }

  /** Saves the day's check-in: 201 when new, 200 when it replaced the day's earlier one. */
  async saveCheckIn(actor: Actor, day: string, input: SaveCheckInRequest, now = new Date()) {
    const at = now.toISOString();
    const repo = this.repo();
    const existing = await repo.findCheckIn(actor.userId, day);
    const values = { pleasantness: input.pleasantness, energy: input.energy, note: input.note ?? "", updated_at: at };
    if (existing) {
      await repo.updateCheckIn(actor.userId, day, values);
    } else {
      await repo.insertCheckIn({ id: newId(), user_id: actor.userId, day, created_at: at, ...values });
    }
    const saved = await repo.findCheckIn(actor.userId, day);
    if (!saved) throw notFound("Check-in");
    return { created: !existing, checkIn: presentCheckIn(saved) };
  }

  async listCheckIns(actor: Actor, range: { from?: string; to?: string }): Promise<CheckIn[]> {
    return (await this.repo().listCheckIns(actor.userId, range)).map(presentCheckIn);
  }

  async deleteCheckIn(actor: Actor, day: string): Promise<void> {
    if (!(await this.repo().deleteCheckIn(actor.userId, day))) throw notFound("Check-in");
  }

  async listActivities(actor: Actor): Promise<Activity[]> {
    return (await this.repo().listActivities(actor.userId)).map(presentActivity);
  }

  private async ensureNameFree(userId: string, name: string, exceptId?: string) {
    const clash = await this.repo().findActivityByName(userId, name);
    if (clash && clash.id !== exceptId) {
      throw conflict("You already have an activity with that name.", [
        { path: "name", message: "already in your list" },
      ]);
    }
  }

  async createActivity(actor: Actor, name: string, now = new Date()): Promise<Activity> {
    await this.ensureNameFree(actor.userId, name);
    const id = newId();
    await this.repo().insertActivity({
      id,
      user_id: actor.userId,
      name,
      archived_at: null,
      created_at: now.toISOString(),
    });
    return this.getActivity(actor, id);
  }

  async getActivity(actor: Actor, id: string): Promise<Activity> {
    const found = await this.repo().findActivity(actor.userId, id);
    if (!found) throw notFound("Activity");
    return presentActivity(found);
  }

  async updateActivity(actor: Actor, id: string, input: UpdateActivityRequest, now = new Date()): Promise<Activity> {
    const current = await this.repo().findActivity(actor.userId, id);
    if (!current) throw notFound("Activity");
    if (input.name !== undefined) await this.ensureNameFree(actor.userId, input.name, id);
    await this.repo().updateActivity(actor.userId, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.archived !== undefined
        ? { archived_at: input.archived ? (current.archived_at ?? now.toISOString()) : null }
        : {}),
    });
    return this.getActivity(actor, id);
  }

  /** Deletes an activity and its logs (archive it to keep them). */
  async deleteActivity(actor: Actor, id: string): Promise<void> {
    if (!(await this.repo().deleteActivity(actor.userId, id))) throw notFound("Activity");
  }

  async createLog(actor: Actor, input: CreateActivityLogRequest, now = new Date()): Promise<ActivityLog> {
    const activity = await this.repo().findActivity(actor.userId, input.activityId);
    // Another user's activity reads as unknown, named by its field, like one that never existed.
    if (!activity)
      throw badRequest("That activity was not found.", [{ path: "activityId", message: "no such activity" }]);
    const id = newId();
    await this.repo().insertLog({
      id,
      user_id: actor.userId,
      activity_id: activity.id,
      day: input.day ?? todayUtc(now),
      minutes: input.minutes ?? null,
      feelings: JSON.stringify([...new Set(input.feelings ?? [])]),
      created_at: now.toISOString(),
    });
    return this.getLog(actor, id);
  }

  async getLog(actor: Actor, id: string): Promise<ActivityLog> {
    const found = await this.repo().findLog(actor.userId, id);
    if (!found) throw notFound("Activity log");
    return presentLog(found);
  }

  async listLogs(actor: Actor, range: { from?: string; to?: string }): Promise<ActivityLog[]> {
    return (await this.repo().listLogs(actor.userId, range)).map(presentLog);
  }

  async deleteLog(actor: Actor, id: string): Promise<void> {
    if (!(await this.repo().deleteLog(actor.userId, id))) throw notFound("Activity log");
  }

  async createJobSearchTime(actor: Actor, input: CreateJobSearchTimeRequest, now = new Date()) {
    const id = newId();
    await this.repo().insertJobSearchTime({
      id,
      user_id: actor.userId,
      day: input.day,
      minutes: input.minutes,
      note: input.note ?? "",
      created_at: now.toISOString(),
    });
    return this.getJobSearchTime(actor, id);
  }

  async getJobSearchTime(actor: Actor, id: string): Promise<JobSearchTime> {
    const found = await this.repo().findJobSearchTime(actor.userId, id);
    if (!found) throw notFound("Job-search time entry");
    return presentJobSearchTime(found);
  }

  async listJobSearchTime(actor: Actor, range: { from?: string; to?: string }): Promise<JobSearchTime[]> {
    return (await this.repo().listJobSearchTime(actor.userId, range)).map(presentJobSearchTime);
  }

  async deleteJobSearchTime(actor: Actor, id: string): Promise<void> {
    if (!(await this.repo().deleteJobSearchTime(actor.userId, id))) throw notFound("Job-search time entry");
  }

  /**
   * The week (Monday–Sunday) holding `day`: job-search minutes vs logged activity minutes. The
   * app's records (UTC instants) are placed on local days in `timeZone`, like check-ins and logs.
   */
  async week(actor: Actor, day: string | undefined, timeZone?: string, now = new Date()): Promise<BalanceWeek> {
    const { start, end, from, to } = localWeek(day ?? localToday(now, timeZone), timeZone);
    const repo = this.repo();
    const [interviews, records, manual, logs, dismissed] = await Promise.all([
      repo.interviewsBetween(actor.userId, from, to),
      repo.countRecords(actor.userId, from, to),
      repo.listJobSearchTime(actor.userId, { from: start, to: end }),
      repo.listLogs(actor.userId, { from: start, to: end }),
      repo.isDismissed(actor.userId, start),
    ]);
    return summariseWeek({ start, end, interviews, records, manual, logs, dismissed });
  }

  async dismissWeek(actor: Actor, day: string | undefined, timeZone?: string, now = new Date()) {
    const { start } = weekOf(day ?? localToday(now, timeZone));
    await this.repo().dismiss(actor.userId, start, now.toISOString());
    return this.week(actor, start, timeZone, now);
  }

  /**
   * With/without comparisons for each activity and for interview days (Bearable method). An
   * interview's day is taken in `timeZone` when given (the user's), else in the interview's own zone.
   */
  async comparisons(actor: Actor, timeZone?: string, now = new Date()): Promise<ComparisonList> {
    const repo = this.repo();
    const [checkIns, activities, logs, interviews] = await Promise.all([
      repo.listCheckIns(actor.userId, {}, 1000),
      repo.listActivities(actor.userId),
      repo.listLogs(actor.userId, {}, 5000),
      repo.pastInterviews(actor.userId, now.toISOString()),
    ]);
    const scores = checkIns.map((row) => ({
      day: row.day,
      pleasantness: Number(row.pleasantness),
      energy: Number(row.energy),
    }));
    const items = activities.map((activity) => {
      const days = new Set(logs.filter((log) => log.activity_id === activity.id).map((log) => log.day));
      return { factor: activity.id, label: activity.name, ...compare(scores, days) };
    });
    const interviewDays = new Set(interviews.map((row) => interviewDay(row.starts_at, timeZone ?? row.time_zone)));
    items.unshift({ factor: "interview-days", label: "Interview days", ...compare(scores, interviewDays) });
    return { minimumDaysEachSide, checkInDays: scores.length, items };
  }
}
