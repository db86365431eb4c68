import type { Kysely } from "kysely";
import { type OutboxDraft, type OutboxListQuery, type OutboxStatus, outboxDraft } from "../../../../contract/outbox.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, badRequest, conflict, notFound } from "../../errors.ts";
import { ApplicationsRepo } from "../applications/applications.repo.ts";
import type { Actor } from "../auth/actor.ts";
import { UsersRepo } from "../auth/users.repo.ts";
import { messageIdFor } from "./message-id.ts";
import { OutboxRepo, type OutboxRow } from "./outbox.repo.ts";
import { type OperatorOutboxRow, OutboxOperatorRepo } from "./outbox-operator.repo.ts";
import type { OutboxWakeup } from "./outbox-wakeup.ts";
import { SmtpAccountsRepo } from "./smtp-accounts.repo.ts";

/** Raised when there is no SMTP account to send from; the web app offers copy / mailto instead. */
export const smtpNotConfigured = () =>
  new AppError(409, "smtp_not_configured", "Set up your email account first (Settings → Email).", [
    { path: "smtpAccount", message: "is not set up" },
  ]);

/** The durable outbox: every email is stored here before the worker sends it. */
export class OutboxService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly publicUrl: string,
    private readonly wakeup: OutboxWakeup,
  ) {}

  /**
   * Queues a message from the actor's own account; other features call this. Pass your
   * transaction as `trx` to queue it together with your own writes (it commits or rolls back
   * with them), and call wake() after the commit — otherwise the worker's next poll, a few
   * seconds later, finds it. Refused (409) when the person has no SMTP account.
   */
  async enqueue(actor: Pick<Actor, "userId">, draft: OutboxDraft, trx?: Kysely<Database>): Promise<OutboxRow> {
    const parsed = outboxDraft.safeParse(draft);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      throw badRequest("The message is not complete.", fields);
    }
    const message = parsed.data;
    const db = trx ?? this.db;
    if (!(await new SmtpAccountsRepo(db).find(actor.userId))) throw smtpNotConfigured();
    if (message.applicationId && !(await new ApplicationsRepo(db).find(actor.userId, message.applicationId))) {
      throw badRequest("That application is not one of yours.", [
        { path: "applicationId", message: "unknown application" },
      ]);
    }
    const id = newId();
    const now = new Date().toISOString();
    const row: OutboxRow = {
      id,
      user_id: actor.userId,
      application_id: message.applicationId,
      kind: message.kind,
      to_address: message.toAddress,
      to_name: message.toName,
      subject: message.subject,
      body_text: message.bodyText,
      message_id: messageIdFor(id, this.publicUrl),
      status: "queued",
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      last_error: null,
      sent_at: null,
      created_at: now,
      updated_at: now,
    };
    await new OutboxRepo(db).insert(row);
    if (!trx) this.wakeup.notify();
    return row;
  }

  /** Asks this process's worker to look for due mail now (after committing an enqueue). */
  wake(): void {
    this.wakeup.notify();
  }

  list(actor: Actor, query: OutboxListQuery) {
    return new OutboxRepo(this.db).list(actor.userId, query);
  }

  async get(actor: Pick<Actor, "userId">, id: string): Promise<OutboxRow> {
    const row = await new OutboxRepo(this.db).find(actor.userId, id);
    if (!row) throw notFound("Message");
    return row;
  }

  /** failed → queued, due now, with a fresh set of attempts. Same Message-ID as before. */
  async retry(actor: Pick<Actor, "userId">, id: string): Promise<OutboxRow> {
    const current = await this.get(actor, id);
    if (current.status !== "failed") throw wrongStatus(current.status, "Only a failed message can be retried.");
    if (!(await new SmtpAccountsRepo(this.db).find(actor.userId))) throw smtpNotConfigured();
    const now = new Date().toISOString();
    const changed = await new OutboxRepo(this.db).transition(actor.userId, id, ["failed"], {
      status: "queued",
      attempts: 0,
      next_attempt_at: now,
      lease_until: null,
      last_error: null,
      updated_at: now,
    });
    if (!changed) throw wrongStatus((await this.get(actor, id)).status, "Only a failed message can be retried.");
    this.wakeup.notify();
    return this.get(actor, id);
  }

  /** queued or failed → cancelled. A message being sent right now can't be called back. */
  async cancel(actor: Pick<Actor, "userId">, id: string): Promise<OutboxRow> {
    const message = "Only a queued or failed message can be cancelled.";
    const current = await this.get(actor, id);
    if (current.status !== "queued" && current.status !== "failed") throw wrongStatus(current.status, message);
    const now = new Date().toISOString();
    const changed = await new OutboxRepo(this.db).transition(actor.userId, id, ["queued", "failed"], {
      status: "cancelled",
      next_attempt_at: null,
      updated_at: now,
    });
    if (!changed) throw wrongStatus((await this.get(actor, id)).status, message);
    return this.get(actor, id);
  }

  /** `debrief outbox`: recent messages across accounts, or one account's (by sign-in email). */
  async listRecent(filter: { status?: OutboxStatus; email?: string; limit: number }): Promise<OperatorOutboxRow[]> {
    let userId: string | undefined;
    if (filter.email) {
      const user = await new UsersRepo(this.db).findByEmail(filter.email);
      if (!user) throw notFound(`Account ${filter.email}`);
      userId = user.id;
    }
    return new OutboxOperatorRepo(this.db).listRecent({ status: filter.status, userId, limit: filter.limit });
  }

  /** `debrief outbox retry <id>`: the operator retries on the owner's behalf. */
  async retryAsOperator(id: string): Promise<OutboxRow> {
    const userId = await new OutboxOperatorRepo(this.db).ownerOf(id);
    if (!userId) throw notFound("Message");
    return this.retry({ userId }, id);
  }
}

function wrongStatus(status: OutboxStatus, message: string): AppError {
  return conflict(`${message} This one is ${status}.`, [{ path: "status", message: `is ${status}` }]);
}
