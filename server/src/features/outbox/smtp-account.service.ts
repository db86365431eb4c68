import type { Kysely } from "kysely";
import type { SmtpSettingsRequest } from "../../../../contract/outbox.ts";
import type { SecretBox } from "../../crypto/secret-box.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { OutboxRow } from "./outbox.repo.ts";
import { type OutboxService, smtpNotConfigured } from "./outbox.service.ts";
import { type SmtpAccountRow, SmtpAccountsRepo } from "./smtp-accounts.repo.ts";
import type { SendingAccount } from "./smtp-session.ts";

/** Binds a sealed password to its owner: copied into another person's row, it does not open. */
const passwordContext = (userId: string) => `smtp_accounts.password_encrypted:${userId}`;

/** The person's own SMTP account: saved with the password sealed, read back without it. */
export class SmtpAccountService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly box: SecretBox,
    private readonly outbox: OutboxService,
  ) {}

  get(actor: Pick<Actor, "userId">): Promise<SmtpAccountRow | undefined> {
    return new SmtpAccountsRepo(this.db).find(actor.userId);
  }

  /**
   * Sets or replaces the account. Without a password the stored one is kept (the form never
   * sees it, so it cannot send it back); with no username there is no sign-in and no password.
   */
  async save(actor: Pick<Actor, "userId">, input: SmtpSettingsRequest): Promise<SmtpAccountRow> {
    const repo = new SmtpAccountsRepo(this.db);
    const current = await repo.find(actor.userId);
    let passwordEncrypted: string | null = null;
    if (input.username !== "") {
      if (input.password !== undefined)
        passwordEncrypted = this.box.seal(input.password, passwordContext(actor.userId));
      else if (current?.password_encrypted) passwordEncrypted = current.password_encrypted;
      else {
        throw badRequest("Enter the password for this account.", [
          { path: "password", message: "is needed to sign in (an app password if your provider offers one)" },
        ]);
      }
    }
    const now = new Date().toISOString();
    const row: SmtpAccountRow = {
      user_id: actor.userId,
      host: input.host,
      port: input.port,
      security: input.security,
      username: input.username,
      password_encrypted: passwordEncrypted,
      from_name: input.fromName,
      from_address: input.fromAddress,
      created_at: current?.created_at ?? now,
      updated_at: now,
    };
    await repo.save(row);
    return row;
  }

  /** Removes the account; messages still queued fail with a clear reason when their turn comes. */
  async remove(actor: Pick<Actor, "userId">): Promise<void> {
    await new SmtpAccountsRepo(this.db).delete(actor.userId);
  }

  /** Queues a test email to the person's own address, through the account as saved. */
  async sendTest(actor: Pick<Actor, "userId">): Promise<OutboxRow> {
    const account = await this.get(actor);
    if (!account) throw smtpNotConfigured();
    return this.outbox.enqueue(actor, {
      kind: "test",
      toAddress: account.from_address,
      toName: account.from_name,
      subject: "Debrief test email",
      bodyText: [
        "This is a test email from Debrief.",
        "",
        `It went out through ${account.host}:${account.port} as ${account.from_address}. If you are reading it, Debrief can send your feedback requests, thank-you notes and follow-ups from your own address.`,
      ].join("\n"),
    });
  }

  /**
   * The account a message goes out through, password decrypted — for the worker only, held in
   * memory for one send. Throws SecretBoxError when the server key changed since it was saved.
   */
  async sendingAccount(userId: string): Promise<SendingAccount | undefined> {
    const row = await new SmtpAccountsRepo(this.db).find(userId);
    if (!row) return undefined;
    return {
      host: row.host,
      port: row.port,
      security: row.security,
      username: row.username,
      password: row.password_encrypted ? this.box.open(row.password_encrypted, passwordContext(userId)) : null,
      fromName: row.from_name,
      fromAddress: row.from_address,
    };
  }
}
