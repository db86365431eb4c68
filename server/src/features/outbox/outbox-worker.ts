import { SecretBoxError } from "../../crypto/secret-box.ts";
import { type DeliveryOutcome, interruptedWhileSending, nextAttemptAfter } from "./delivery-outcome.ts";
import type { ClaimedMessage, OutboxClaimRepo } from "./outbox-claim.repo.ts";
import type { OutboxWakeup } from "./outbox-wakeup.ts";
import {
  defaultSmtpTimeouts,
  type OutgoingMail,
  type SendingAccount,
  SmtpSession,
  type SmtpTimeouts,
} from "./smtp-session.ts";

export interface OutboxWorkerOptions {
  /** How often to look for due mail when nothing wakes the worker. */
  pollMs: number;
  /** Messages claimed at a time; different people's go out side by side, one person's in turn. */
  batchSize: number;
  /** How long a claim lasts (renewed just before its message is sent); far longer than one send may take. */
  leaseMs: number;
  smtpTimeouts: SmtpTimeouts;
  /** How long stop() waits for sends in flight; what is still out then is settled by its lease. */
  stopGraceMs: number;
  clock: () => Date;
}

export const defaultOutboxWorkerOptions: OutboxWorkerOptions = {
  pollMs: 5_000,
  batchSize: 50,
  leaseMs: 10 * 60_000,
  smtpTimeouts: defaultSmtpTimeouts,
  stopGraceMs: 15_000,
  clock: () => new Date(),
};

export interface OutboxWorkerDeps {
  claims: OutboxClaimRepo;
  /** The owner's SMTP account with its password decrypted, or undefined when there is none. */
  accountFor: (userId: string) => Promise<SendingAccount | undefined>;
  wakeup: OutboxWakeup;
  log: (error: unknown) => void;
}

/**
 * Sends queued mail in the background. Each message is claimed before it is sent and its
 * result recorded after, so a message is never sent twice on its own: see
 * delivery-outcome.ts for how each kind of failure is treated, and the README ("Email").
 */
export class OutboxWorker {
  private readonly options: OutboxWorkerOptions;
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private runAgain = false;
  private stopped = false;

  constructor(
    private readonly deps: OutboxWorkerDeps,
    options: Partial<OutboxWorkerOptions> = {},
  ) {
    this.options = { ...defaultOutboxWorkerOptions, ...options };
  }

  /** Polls every few seconds, and at once whenever this process queues mail. */
  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.stopListening = this.deps.wakeup.listen(() => this.kick());
    this.kick();
  }

  /** Stops taking new mail and waits (a little) for the sends in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.stopListening?.();
    if (!this.running) return;
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([
      this.running,
      new Promise<void>((resolve) => {
        grace = setTimeout(resolve, this.options.stopGraceMs);
      }),
    ]);
    clearTimeout(grace);
  }

  /** Starts a drain now, or one more right after the one running (mail may have come in meanwhile). */
  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = this.drainWhileAsked().finally(() => {
      this.running = null;
    });
  }

  private async drainWhileAsked(): Promise<void> {
    do {
      this.runAgain = false;
      try {
        await this.drain();
      } catch (error) {
        this.deps.log(error);
      }
    } while (this.runAgain && !this.stopped);
  }

  /**
   * Settles lost leases, then claims and sends due mail batch by batch until none is due.
   * Returns how many messages it claimed. Tests call it directly instead of start().
   */
  async drain(): Promise<number> {
    const { claims } = this.deps;
    await claims.failExpiredLeases(this.options.clock(), interruptedWhileSending);
    let claimed = 0;
    while (!this.stopped) {
      const batch = await claims.claimDue(this.options.clock(), this.options.leaseMs, this.options.batchSize);
      if (batch.length === 0) break;
      const byOwner = new Map<string, ClaimedMessage[]>();
      for (const message of batch) byOwner.set(message.user_id, [...(byOwner.get(message.user_id) ?? []), message]);
      await Promise.all([...byOwner.values()].map((messages) => this.sendFor(messages).catch(this.deps.log)));
      claimed += batch.length;
    }
    return claimed;
  }

  /** One person's claimed messages, one after another through one SMTP session. */
  private async sendFor(messages: ClaimedMessage[]): Promise<void> {
    const { claims } = this.deps;
    const now = () => this.options.clock();
    const owner = messages[0]?.user_id;
    if (!owner) return;
    let account: SendingAccount | undefined;
    try {
      account = await this.deps.accountFor(owner);
    } catch (error) {
      for (const message of messages) {
        if (error instanceof SecretBoxError) await claims.markFailed(message, unreadablePassword, now());
        // Nothing went out: try again shortly.
        else
          await claims.requeue(message, new Date(now().getTime() + 60_000), "Could not read the email account.", now());
      }
      return;
    }
    if (!account) {
      for (const message of messages) await claims.markFailed(message, noAccount, now());
      return;
    }

    let session: SmtpSession | null = null;
    try {
      for (const [index, claimed] of messages.entries()) {
        if (this.stopped) {
          for (const untried of messages.slice(index)) await claims.release(untried, now());
          return;
        }
        const message = await claims.renewLease(claimed, now(), this.options.leaseMs);
        if (!message) continue;
        if (!session) {
          const opened = await SmtpSession.open(account, this.options.smtpTimeouts);
          if (!(opened instanceof SmtpSession)) {
            // Could not connect or sign in, so nothing went out — and the rest would fare the same.
            for (const unsent of [message, ...messages.slice(index + 1)]) await this.record(unsent, opened);
            return;
          }
          session = opened;
        }
        const outcome = await session.send(mailOf(message));
        await this.record(message, outcome);
        if (outcome.result !== "accepted" || session.sent >= maxMessagesPerSession) {
          session.close();
          session = null;
        }
      }
    } finally {
      session?.close();
    }
  }

  /** Writes down what one attempt came to. */
  private async record(message: ClaimedMessage, outcome: DeliveryOutcome): Promise<void> {
    const { claims } = this.deps;
    const now = this.options.clock();
    switch (outcome.result) {
      case "accepted":
        return claims.markSent(message, now);
      case "rejected":
      case "ambiguous":
        return claims.markFailed(message, outcome.reason, now);
      case "retryable": {
        const attempts = Number(message.attempts);
        const next = nextAttemptAfter(attempts, now);
        if (!next) return claims.markFailed(message, `Gave up after ${attempts} attempts. ${outcome.reason}`, now);
        return claims.requeue(message, next, outcome.reason, now);
      }
    }
  }
}

const unreadablePassword =
  "The saved email password can't be read (the server key changed): enter it again in Settings → Email, then retry.";
const noAccount = "No email account is set up: add yours in Settings → Email, then retry.";

/** Providers cap messages per connection; a fresh session after this many stays well under. */
const maxMessagesPerSession = 50;

function mailOf(message: ClaimedMessage): OutgoingMail {
  return {
    messageId: message.message_id,
    toAddress: message.to_address,
    toName: message.to_name,
    subject: message.subject,
    bodyText: message.body_text,
    automatic: message.kind === "debrief_reminder",
  };
}
