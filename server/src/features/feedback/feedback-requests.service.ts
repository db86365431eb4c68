import type { Kysely } from "kysely";
import {
  type CreateFeedbackRequest,
  type FeedbackRequest,
  type FeedbackResponseRate,
  feedbackBenchmark,
  feedbackLinkDays,
} from "../../../../contract/feedback.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import { ApplicationsRepo } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";
import { hashSecret, newSecret } from "../auth/secrets.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from when the ask went out to the answer. */
export const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / dayMs));

/**
 * Feedback requests: each has a private link (only its token's hash is kept) and the tracking
 * of sent, followed up and answered. The messages feature calls createRequest / markSent /
 * markFollowedUp when it composes the email.
 */
export class FeedbackRequestsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly publicUrl: string,
  ) {}

  /** Makes a request and its link. The url (with the token) is returned here only. */
  async createRequest(
    actor: Pick<Actor, "userId">,
    input: CreateFeedbackRequest,
    trx?: Kysely<Database>,
    now = new Date(),
  ): Promise<{ request: FeedbackRequest; url: string }> {
    const run = async (db: Kysely<Database>) => {
      const userId = actor.userId;
      if (!(await new ApplicationsRepo(db).find(userId, input.applicationId))) throw notFound("Application");
      if (input.contactId) {
        const contact = await db
          .selectFrom("contacts")
          .select("id")
          .where("user_id", "=", userId)
          .where("id", "=", input.contactId)
          .executeTakeFirst();
        if (!contact)
          throw badRequest("That contact is not one of yours.", [{ path: "contactId", message: "unknown contact" }]);
      }
      if (input.interviewId) {
        const interview = await db
          .selectFrom("interviews")
          .select("id")
          .where("user_id", "=", userId)
          .where("id", "=", input.interviewId)
          .where("application_id", "=", input.applicationId)
          .executeTakeFirst();
        if (!interview)
          throw badRequest("That interview is not one of this application's.", [
            { path: "interviewId", message: "unknown interview" },
          ]);
      }
      const token = newSecret();
      const id = newId();
      const at = now.toISOString();
      await db
        .insertInto("feedback_requests")
        .values({
          id,
          user_id: userId,
          application_id: input.applicationId,
          contact_id: input.contactId ?? null,
          interview_id: input.interviewId ?? null,
          token_hash: hashSecret(token),
          expires_at: new Date(now.getTime() + feedbackLinkDays * dayMs).toISOString(),
          outbox_message_id: null,
          sent_at: null,
          followed_up_at: null,
          follow_up_count: 0,
          answered_at: null,
          answered_via: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await bumpPipelineRevision(db, userId);
      const request = await this.find(userId, id, db);
      if (!request) throw notFound("Feedback request");
      return { request, url: `${this.publicUrl.replace(/\/$/, "")}/f/${token}` };
    };
    return trx ? run(trx) : this.db.transaction().execute(run);
  }

  async markSent(
    actor: Pick<Actor, "userId">,
    requestId: string,
    outboxMessageId: string | null,
    trx?: Kysely<Database>,
  ): Promise<FeedbackRequest> {
    const db = trx ?? this.db;
    const at = new Date().toISOString();
    await this.requireOwn(actor.userId, requestId, db);
    await db
      .updateTable("feedback_requests")
      .set((eb) => ({
        sent_at: eb.fn.coalesce("sent_at", eb.val(at)),
        outbox_message_id: outboxMessageId ?? eb.ref("outbox_message_id"),
        updated_at: at,
      }))
      .where("user_id", "=", actor.userId)
      .where("id", "=", requestId)
      .execute();
    await bumpPipelineRevision(db, actor.userId);
    return this.requireOwn(actor.userId, requestId, db);
  }

  async markFollowedUp(
    actor: Pick<Actor, "userId">,
    requestId: string,
    trx?: Kysely<Database>,
  ): Promise<FeedbackRequest> {
    const db = trx ?? this.db;
    const at = new Date().toISOString();
    await this.requireOwn(actor.userId, requestId, db);
    await db
      .updateTable("feedback_requests")
      .set((eb) => ({ followed_up_at: at, follow_up_count: eb("follow_up_count", "+", 1), updated_at: at }))
      .where("user_id", "=", actor.userId)
      .where("id", "=", requestId)
      .execute();
    await bumpPipelineRevision(db, actor.userId);
    return this.requireOwn(actor.userId, requestId, db);
  }

  /** Marks a request answered (the first answer's time and channel are kept). */
  async markAnswered(
    actor: Pick<Actor, "userId">,
    requestId: string,
    via: "link" | "manual",
    trx?: Kysely<Database>,
  ): Promise<FeedbackRequest> {
    const db = trx ?? this.db;
    const at = new Date().toISOString();
    await this.requireOwn(actor.userId, requestId, db);
    await db
      .updateTable("feedback_requests")
      .set({ answered_at: at, answered_via: via, updated_at: at })
      .where("user_id", "=", actor.userId)
      .where("id", "=", requestId)
      .where("answered_at", "is", null)
      .execute();
    await bumpPipelineRevision(db, actor.userId);
    return this.requireOwn(actor.userId, requestId, db);
  }

  async list(actor: Pick<Actor, "userId">, query: { applicationId?: string } = {}): Promise<FeedbackRequest[]> {
    let select = this.baseQuery(actor.userId, this.db);
    if (query.applicationId) select = select.where("r.application_id", "=", query.applicationId);
    const rows = await select.orderBy("r.id", "desc").execute();
    return rows.map(present);
  }

  /** Answered / asked, overall and by the month the ask went out, with the published benchmark. */
  async responseRate(actor: Pick<Actor, "userId">): Promise<FeedbackResponseRate> {
    const rows = await this.db
      .selectFrom("feedback_requests")
      .select(["sent_at", "created_at", "answered_at"])
      .where("user_id", "=", actor.userId)
      .execute();
    const months = new Map<string, { asked: number; answered: number }>();
    let asked = 0;
    let answered = 0;
    for (const row of rows) {
      const month = (row.sent_at ?? row.created_at).slice(0, 7);
      const bucket = months.get(month) ?? { asked: 0, answered: 0 };
      bucket.asked += 1;
      asked += 1;
      if (row.answered_at) {
        bucket.answered += 1;
        answered += 1;
      }
      months.set(month, bucket);
    }
    const rateOf = (a: number, b: number) => (a === 0 ? null : b / a);
    return {
      overall: { asked, answered, rate: rateOf(asked, answered) },
      byMonth: [...months]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, bucket]) => ({ month, ...bucket, rate: rateOf(bucket.asked, bucket.answered) })),
      benchmark: { ...feedbackBenchmark },
    };
  }

  async requireOwn(userId: string, requestId: string, db: Kysely<Database> = this.db): Promise<FeedbackRequest> {
    const found = await this.find(userId, requestId, db);
    if (!found) throw notFound("Feedback request");
    return found;
  }

  private async find(userId: string, id: string, db: Kysely<Database>): Promise<FeedbackRequest | undefined> {
    const row = await this.baseQuery(userId, db).where("r.id", "=", id).executeTakeFirst();
    return row ? present(row) : undefined;
  }

  private baseQuery(userId: string, db: Kysely<Database>) {
    return db
      .selectFrom("feedback_requests as r")
      .innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "r.application_id").on("a.user_id", "=", userId),
      )
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .leftJoin("contacts as ct", (join) => join.onRef("ct.id", "=", "r.contact_id").on("ct.user_id", "=", userId))
      .selectAll("r")
      .select(["a.role_title", "c.name as company_name", "ct.name as contact_name"])
      .where("r.user_id", "=", userId);
  }
}

type RequestRow = Database["feedback_requests"] & {
  role_title: string;
  company_name: string | null;
  contact_name: string | null;
};

function present(row: RequestRow): FeedbackRequest {
  return {
    id: row.id,
    applicationId: row.application_id,
    roleTitle: row.role_title,
    companyName: row.company_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    interviewId: row.interview_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    sentAt: row.sent_at,
    followedUpAt: row.followed_up_at,
    followUpCount: Number(row.follow_up_count),
    answeredAt: row.answered_at,
    answeredVia: row.answered_via,
    daysToAnswer: row.answered_at ? daysBetween(row.sent_at ?? row.created_at, row.answered_at) : null,
  };
}
