import type { Kysely } from "kysely";
import type { CreateInterviewRequest, UpdateInterviewRequest } from "../../../../contract/interviews.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import { ApplicationsRepo } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { instantFromLocal, localFromInstant, minutesBetweenLocal } from "./interview-times.ts";
import { type InterviewRow, InterviewsRepo, type InterviewView } from "./interviews.repo.ts";

const defaultDurationMinutes = 60;

/** Scheduling interviews and keeping their prep; writes bump the pipeline revision. */
export class InterviewsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor, id: string): Promise<InterviewView> {
    const view = await new InterviewsRepo(this.db).findView(actor.userId, id);
    if (!view) throw notFound("Interview");
    return view;
  }

  list(actor: Actor, query: { applicationId?: string; from?: string; to?: string; limit: number; cursor?: string }) {
    return new InterviewsRepo(this.db).list(actor.userId, query);
  }

  async create(actor: Actor, input: CreateInterviewRequest): Promise<InterviewView> {
    const userId = actor.userId;
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const applications = new ApplicationsRepo(trx);
      if (!(await applications.find(userId, input.applicationId))) {
        throw badRequest("That application is not one of yours.", [
          { path: "applicationId", message: "unknown application" },
        ]);
      }
      const interviewerIds = await this.checkInterviewers(applications, userId, input.interviewerIds);
      const now = nowIso();
      const row: InterviewRow = {
        id,
        user_id: userId,
        application_id: input.applicationId,
        round_name: input.roundName,
        kind: input.kind,
        starts_at: instantFromLocal(input.startsAtLocal, input.timeZone),
        duration_minutes: durationOf(input.startsAtLocal, input.timeZone, input) ?? defaultDurationMinutes,
        time_zone: input.timeZone,
        format: input.format,
        location: input.location ?? null,
        notes: input.notes ?? "",
        prep_case: input.prep?.caseForMe ?? "",
        prep_talking_points: input.prep?.talkingPoints ?? "",
        prep_questions: input.prep?.questions ?? "",
        prep_research: input.prep?.research ?? "",
        prep_learning_goal: input.prep?.learningGoal ?? "",
        debrief_reminded_at: null,
        created_at: now,
        updated_at: now,
      };
      const repo = new InterviewsRepo(trx);
      await repo.insert(row);
      if (interviewerIds) await repo.replaceInterviewers(userId, id, interviewerIds);
      await bumpPipelineRevision(trx, userId);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateInterviewRequest): Promise<InterviewView> {
    const userId = actor.userId;
    await this.db.transaction().execute(async (trx) => {
      const repo = new InterviewsRepo(trx);
      const current = await repo.find(userId, id);
      if (!current) throw notFound("Interview");
      const interviewerIds = await this.checkInterviewers(new ApplicationsRepo(trx), userId, input.interviewerIds);

      const changes: Partial<InterviewRow> = { updated_at: nowIso() };
      if (input.roundName !== undefined) changes.round_name = input.roundName;
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.format !== undefined) changes.format = input.format;
      if (input.location !== undefined) changes.location = input.location;
      if (input.notes !== undefined) changes.notes = input.notes;
      if (input.prep?.caseForMe !== undefined) changes.prep_case = input.prep.caseForMe;
      if (input.prep?.talkingPoints !== undefined) changes.prep_talking_points = input.prep.talkingPoints;
      if (input.prep?.questions !== undefined) changes.prep_questions = input.prep.questions;
      if (input.prep?.research !== undefined) changes.prep_research = input.prep.research;
      if (input.prep?.learningGoal !== undefined) changes.prep_learning_goal = input.prep.learningGoal;

      // A new zone alone keeps the wall-clock time: "it's 14:00 Berlin time, not London".
      const timeZone = input.timeZone ?? current.time_zone;
      const startsAtLocal = input.startsAtLocal ?? localFromInstant(current.starts_at, current.time_zone);
      if (input.startsAtLocal !== undefined || input.timeZone !== undefined) {
        changes.starts_at = instantFromLocal(startsAtLocal, timeZone);
        changes.time_zone = timeZone;
      }
      if (input.endsAtLocal !== undefined && input.endsAtLocal <= startsAtLocal) {
        throw badRequest("The interview ends before it starts.", [
          { path: "endsAtLocal", message: "must be after the start" },
        ]);
      }
      const duration = durationOf(startsAtLocal, timeZone, input);
      if (duration !== undefined) changes.duration_minutes = duration;

      await repo.update(userId, id, changes);
      if (interviewerIds) await repo.replaceInterviewers(userId, id, interviewerIds);
      await bumpPipelineRevision(trx, userId);
    });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await new InterviewsRepo(trx).delete(actor.userId, id))) throw notFound("Interview");
      await bumpPipelineRevision(trx, actor.userId);
    });
  }

  private async checkInterviewers(
    applications: ApplicationsRepo,
    userId: string,
    ids: string[] | undefined,
  ): Promise<string[] | undefined> {
    if (ids === undefined) return undefined;
    const unique = [...new Set(ids)];
    const owned = await applications.ownedContactIds(userId, unique);
    const index = ids.findIndex((contactId) => !owned.has(contactId));
    if (index >= 0) {
      throw badRequest("One of the interviewers is not one of your contacts.", [
        { path: `interviewerIds.${index}`, message: "unknown contact" },
      ]);
    }
    return unique;
  }
}

function durationOf(
  startsAtLocal: string,
  timeZone: string,
  input: { durationMinutes?: number; endsAtLocal?: string },
): number | undefined {
  if (input.durationMinutes !== undefined) return input.durationMinutes;
  if (input.endsAtLocal === undefined) return undefined;
  const minutes = minutesBetweenLocal(startsAtLocal, input.endsAtLocal, timeZone);
  if (minutes <= 0) {
    throw badRequest("The interview ends before it starts.", [
      { path: "endsAtLocal", message: "must be after the start" },
    ]);
  }
  if (minutes > 24 * 60) {
    throw badRequest("An interview lasts at most a day.", [
      { path: "endsAtLocal", message: "must be within 24 hours of the start" },
    ]);
  }
  return minutes;
}
