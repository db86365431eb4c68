import { Readable } from "node:stream";
import MailComposer from "nodemailer/lib/mail-composer";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import type { SmtpSecurity } from "../../../../contract/outbox.ts";
import { classifyFailure, type DeliveryOutcome, type DeliveryStage, type SmtpFailure } from "./delivery-outcome.ts";

/** The SMTP account a message goes out through, its password decrypted (held in memory only). */
export interface SendingAccount {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string;
  password: string | null;
  fromName: string;
  fromAddress: string;
}

/** The message as it leaves: what the outbox row says. */
export interface OutgoingMail {
  messageId: string;
  toAddress: string;
  toName: string;
  subject: string;
  bodyText: string;
  /** Automatic mail (reminders) says so, so vacation responders stay quiet. */
  automatic: boolean;
}

export interface SmtpTimeouts {
  /** To connect and to get the greeting. */
  connectMs: number;
  /** Longest silence from the server once connected. */
  idleMs: number;
  /** Opening the session, or sending one message; must stay well inside the worker's lease. */
  totalMs: number;
}

export const defaultSmtpTimeouts: SmtpTimeouts = { connectMs: 30_000, idleMs: 60_000, totalMs: 180_000 };

/** Builds the RFC 5322 message, with the outbox's fixed Message-ID. */
export function composeMessage(account: SendingAccount, mail: OutgoingMail): Promise<Buffer> {
  return new MailComposer({
    from: { name: account.fromName, address: account.fromAddress },
    to: { name: mail.toName, address: mail.toAddress },
    subject: mail.subject,
    text: mail.bodyText,
    messageId: mail.messageId,
    headers: mail.automatic ? { "Auto-Submitted": "auto-generated" } : {},
  })
    .compile()
    .build();
}

/**
 * One signed-in SMTP session, through which one account's messages go out one after another
 * (one connection per account at a time: kinder to providers' limits than one per message).
 * nodemailer's SMTPConnection is driven step by step, rather than through a transport, so we
 * know how far each attempt got: a connection lost before a message's data went out is safe
 * to retry, one lost after it may have delivered the message (see delivery-outcome.ts). After
 * any failure the session is finished; the caller opens a new one for the next message.
 */
export class SmtpSession {
  /** Messages the server accepted in this session. */
  sent = 0;
  private broken = false;

  private constructor(
    private readonly connection: SMTPConnection,
    private readonly lost: Promise<never>,
    private readonly account: SendingAccount,
    private readonly timeouts: SmtpTimeouts,
  ) {}

  private get server(): string {
    return `${this.account.host}:${this.account.port}`;
  }

  /** Connects and signs in; answers the failure instead when that does not work (nothing was sent). */
  static async open(account: SendingAccount, timeouts: SmtpTimeouts): Promise<SmtpSession | DeliveryOutcome> {
    const connection = new SMTPConnection({
      host: account.host,
      port: account.port,
      secure: account.security === "tls",
      requireTLS: account.security === "starttls",
      ignoreTLS: account.security === "none",
      connectionTimeout: timeouts.connectMs,
      greetingTimeout: timeouts.connectMs,
      socketTimeout: timeouts.idleMs,
      logger: false,
    });
    const session = new SmtpSession(connection, watchForLoss(connection), account, timeouts);
    let stage: DeliveryStage = "connecting";
    try {
      await session.step<void>((done) => connection.connect((error) => done(error)));
      if (account.username) {
        stage = "signing-in";
        const credentials = { user: account.username, pass: account.password ?? "" };
        await session.step<boolean>((done) => connection.login(credentials, (error, ok) => done(error, ok)));
      }
      return session;
    } catch (error) {
      return session.fail(error as SmtpFailure, stage);
    }
  }

  /** Sends one message; never throws. */
  async send(mail: OutgoingMail): Promise<DeliveryOutcome> {
    if (this.broken) throw new Error("this SMTP session has ended; open a new one");
    const raw = await composeMessage(this.account, mail);
    let stage: DeliveryStage = "envelope";
    const body = Readable.from([raw], { objectMode: false });
    // Once the last byte is handed to the connection only the final "." is left to go: from
    // here on, a lost connection may have delivered the message.
    body.once("end", () => {
      stage = "data-sent";
    });
    try {
      const envelope = { from: this.account.fromAddress, to: [mail.toAddress] };
      const info = await this.step<{ response: string }>((done) =>
        this.connection.send(envelope, body, (error, result) => done(error, result)),
      );
      this.sent += 1;
      return { result: "accepted", response: info.response };
    } catch (error) {
      return this.fail(error as SmtpFailure, stage);
    }
  }

  /** Says goodbye (QUIT) after a healthy session; just closes a broken one. */
  close(): void {
    if (this.broken) return;
    this.broken = true;
    this.connection.quit();
  }

  /** One command and its answer, raced against the connection failing and the time allowed. */
  private step<T>(run: (done: (error: Error | null | undefined, value?: T) => void) => void): Promise<T> {
    let deadline: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      deadline = setTimeout(() => {
        reject({ message: `no answer within ${Math.round(this.timeouts.totalMs / 1000)} s`, code: "ETIMEDOUT" });
      }, this.timeouts.totalMs);
    });
    const answered = new Promise<T>((resolve, reject) =>
      run((error, value) => (error ? reject(error) : resolve(value as T))),
    );
    return Promise.race([answered, this.lost, timedOut]).finally(() => clearTimeout(deadline));
  }

  private fail(error: SmtpFailure, stage: DeliveryStage): DeliveryOutcome {
    this.broken = true;
    this.connection.close();
    return classifyFailure(scrubbed(error, this.account.password), stage, this.server);
  }
}

/**
 * Rejects when the connection reports an error outside a callback, or ends without one (some
 * failure paths only close). Errors after that are swallowed: they must not crash the process.
 */
function watchForLoss(connection: SMTPConnection): Promise<never> {
  let fail: (error: SmtpFailure) => void = () => {};
  const lost = new Promise<never>((_, reject) => {
    fail = reject;
  });
  lost.catch(() => {}); // only ever awaited inside a race
  connection.on("error", (error: SmtpFailure) => fail(error));
  // A close and the error that explains it can come in either order: give the error a moment.
  connection.once("end", () =>
    setTimeout(() => fail({ message: "the connection closed unexpectedly", code: "ECONNECTION" }), 50).unref(),
  );
  return lost;
}

/** The password must never end up in a stored error message, whatever a server echoes. */
function scrubbed(error: SmtpFailure, password: string | null): SmtpFailure {
  if (!password) return error;
  const hide = (text: string | undefined) => text?.replaceAll(password, "•••");
  return { ...error, message: hide(error.message), response: hide(error.response) } as SmtpFailure;
}
