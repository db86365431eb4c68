import type { Kysely } from "kysely";
import type { Contact } from "../../../../contract/contacts.ts";
import type { ApplicationDetail, TimelineEvent } from "../../../../contract/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import { ApplicationNotesRepo } from "../applications/application-notes.repo.ts";
import { presentApplication, presentNote } from "../applications/applications.presenter.ts";
import { ApplicationsRepo } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";
import { presentContact } from "../contacts/contacts.presenter.ts";
import { presentInterview } from "../interviews/interviews.presenter.ts";
import { InterviewsRepo } from "../interviews/interviews.repo.ts";
import { OutboxRepo } from "../outbox/outbox.repo.ts";
import { presentTask } from "../tasks/tasks.presenter.ts";
import { TasksRepo } from "../tasks/tasks.repo.ts";
import { ReadModelCache } from "./read-model-cache.ts";
import { pipelineRevisionOf } from "./revision.ts";

/**
 * One application with everything around it, and its timeline: stage changes, interviews,
 * tasks (when added and when done), notes and messages (outbox), newest first. Cached per user and revision,
 * already serialised, because this is the page people open most.
 */
export class ApplicationDetailService {
  private readonly cache = new ReadModelCache<Buffer>(2000);

  constructor(private readonly db: Kysely<Database>) {}

  async json(actor: Actor, id: string): Promise<Buffer> {
    const revision = await pipelineRevisionOf(this.db, actor);
    return this.cache.get(actor.userId, revision, `application:${id}`, async () =>
      Buffer.from(JSON.stringify(await this.build(actor, id))),
    );
  }

  async build(actor: Actor, id: string): Promise<ApplicationDetail> {
    const userId = actor.userId;
    const applications = new ApplicationsRepo(this.db);
    const view = await applications.findView(userId, id);
    if (!view) throw notFound("Application");
    const [history, interviews, tasks, notes, contacts, messages] = await Promise.all([
      applications.stageHistory(userId, id),
      new InterviewsRepo(this.db).forApplication(userId, id),
      new TasksRepo(this.db).forApplication(userId, id),
      new ApplicationNotesRepo(this.db).forApplication(userId, id),
      this.contactsOf(userId, id),
      new OutboxRepo(this.db).forApplication(userId, id),
    ]);

    const timeline: TimelineEvent[] = [
      ...history.map(
        (change): TimelineEvent => ({
          type: "stage_change",
          id: change.id,
          at: change.changed_at,
          fromStage: change.from_stage,
          toStage: change.to_stage,
        }),
      ),
      ...interviews.map(
        (interview): TimelineEvent => ({
          type: "interview",
          id: interview.id,
          at: interview.starts_at,
          roundName: interview.round_name,
          kind: interview.kind,
          format: interview.format,
        }),
      ),
      ...tasks.map(
        (task): TimelineEvent => ({
          type: "task",
          id: task.id,
          at: task.done_at ?? task.created_at,
          title: task.title,
          kind: task.kind,
          dueOn: task.due_on,
          doneAt: task.done_at,
        }),
      ),
      ...notes.map((note): TimelineEvent => ({ type: "note", id: note.id, at: note.created_at, body: note.body })),
      ...messages.map(
        (message): TimelineEvent => ({
          type: "message",
          id: message.id,
          at: message.sent_at ?? message.created_at,
          kind: message.kind,
          subject: message.subject,
          toAddress: message.to_address,
          toName: message.to_name,
          status: message.status,
        }),
      ),
    ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));

    return {
      application: presentApplication(view),
      interviews: interviews.map(presentInterview),
      tasks: tasks.map(presentTask),
      contacts,
      notes: notes.map(presentNote),
      timeline,
    };
  }

  private async contactsOf(userId: string, applicationId: string): Promise<Contact[]> {
    const rows = await this.db
      .selectFrom("application_contacts as l")
      .innerJoin("contacts as p", (join) => join.onRef("p.id", "=", "l.contact_id").on("p.user_id", "=", userId))
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "p.company_id").on("c.user_id", "=", userId))
      .selectAll("p")
      .select("c.name as company_name")
      .where("l.user_id", "=", userId)
      .where("l.application_id", "=", applicationId)
      .orderBy("p.name")
      .execute();
    return rows.map(presentContact);
  }
}
