import type { Kysely } from "kysely";
import type { Upcoming } from "../../../../contract/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../auth/actor.ts";
import { presentInterview } from "../interviews/interviews.presenter.ts";
import { InterviewsRepo } from "../interviews/interviews.repo.ts";
import { presentTask } from "../tasks/tasks.presenter.ts";
import { TasksRepo } from "../tasks/tasks.repo.ts";

const dayMs = 86_400_000;

/** What's next: interviews still to come, ones that just ended, and tasks due soon or overdue. */
export class UpcomingService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor, now = new Date()): Promise<Upcoming> {
    const nowIso = now.toISOString();
    const interviews = new InterviewsRepo(this.db);
    const [upcoming, recent, tasks] = await Promise.all([
      interviews.upcoming(actor.userId, nowIso, 20),
      interviews.endedBetween(actor.userId, new Date(now.getTime() - 7 * dayMs).toISOString(), nowIso, 10),
      new TasksRepo(this.db).list(actor.userId, {
        status: "open",
        dueBefore: new Date(now.getTime() + 14 * dayMs).toISOString().slice(0, 10),
        limit: 50,
      }),
    ]);
    return {
      interviews: upcoming.map(presentInterview),
      recentInterviews: recent.map(presentInterview),
      tasks: tasks.items.map(presentTask),
    };
  }
}
