import type { Kysely } from "kysely";
import type { CreateTaskRequest, UpdateTaskRequest } from "../../../../contract/tasks.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import { ApplicationsRepo } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";
import { InterviewsRepo } from "../interviews/interviews.repo.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { type TaskListQuery, type TaskRow, TasksRepo, type TaskView } from "./tasks.repo.ts";

/** Tasks and reminders (send thank-you, follow up, prepare…), optionally tied to an application. */
export class TasksService {
  constructor(private readonly db: Kysely<Database>) {}

  list(actor: Actor, query: TaskListQuery) {
    return new TasksRepo(this.db).list(actor.userId, query);
  }

  async get(actor: Actor, id: string): Promise<TaskView> {
    const view = await new TasksRepo(this.db).findView(actor.userId, id);
    if (!view) throw notFound("Task");
    return view;
  }

  async create(actor: Actor, input: CreateTaskRequest): Promise<TaskView> {
    const userId = actor.userId;
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      let applicationId = input.applicationId ?? null;
      if (input.interviewId) {
        const interview = await new InterviewsRepo(trx).find(userId, input.interviewId);
        if (!interview) {
          throw badRequest("That interview is not one of yours.", [
            { path: "interviewId", message: "unknown interview" },
          ]);
        }
        if (applicationId && applicationId !== interview.application_id) {
          throw badRequest("The interview belongs to another application.", [
            { path: "interviewId", message: "belongs to a different application" },
          ]);
        }
        applicationId = interview.application_id;
      }
      if (applicationId && !(await new ApplicationsRepo(trx).find(userId, applicationId))) {
        throw badRequest("That application is not one of yours.", [
          { path: "applicationId", message: "unknown application" },
        ]);
      }
      const now = nowIso();
      const row: TaskRow = {
        id,
        user_id: userId,
        application_id: applicationId,
        interview_id: input.interviewId ?? null,
        kind: input.kind,
        title: input.title,
        due_on: input.dueOn ?? null,
        done_at: null,
        notes: input.notes ?? "",
        created_at: now,
        updated_at: now,
      };
      await new TasksRepo(trx).insert(row);
      await bumpPipelineRevision(trx, userId);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateTaskRequest): Promise<TaskView> {
    await this.db.transaction().execute(async (trx) => {
      const repo = new TasksRepo(trx);
      const current = await repo.findView(actor.userId, id);
      if (!current) throw notFound("Task");
      const now = nowIso();
      const changes: Partial<TaskRow> = { updated_at: now };
      if (input.title !== undefined) changes.title = input.title;
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.dueOn !== undefined) changes.due_on = input.dueOn;
      if (input.notes !== undefined) changes.notes = input.notes;
      // Ticking an already-done task keeps the time it was first done.
      if (input.done !== undefined) changes.done_at = input.done ? (current.done_at ?? now) : null;
      await repo.update(actor.userId, id, changes);
      await bumpPipelineRevision(trx, actor.userId);
    });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (!(await new TasksRepo(trx).delete(actor.userId, id))) throw notFound("Task");
      await bumpPipelineRevision(trx, actor.userId);
    });
  }
}
