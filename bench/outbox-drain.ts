import { sql } from "kysely";
import type { Services } from "../server/src/services.ts";
import { startSmtpTestServer } from "../server/src/testing/smtp-test-server.ts";

/**
 * The outbox benchmark: 1,000 messages queued at once for the heavy seeker, whose SMTP account
 * points at a local smtp-server, and the time the running server's own worker (as it runs in
 * production: batches, claims, one SMTP session per message) takes to send them all.
 */

export interface OutboxDrainMeasurement {
  messages: number;
  seconds: number;
  perSecond: number;
}

const timeoutMs = 300_000;

export async function measureOutboxDrain(
  services: Services,
  userId: string,
  log: (message: string) => void,
  messages = 1_000,
): Promise<OutboxDrainMeasurement> {
  const smtp = await startSmtpTestServer();
  try {
    const owner = { userId };
    await services.smtpAccounts.save(owner, {
      host: smtp.host,
      port: smtp.port,
      security: "none",
      username: smtp.username,
      password: smtp.password,
      fromName: "Heavy Seeker",
      fromAddress: "heavy-seeker@bench.example",
    });
    log(`queueing ${messages.toLocaleString("en")} messages…`);
    // One transaction, so the worker sees all of them at once when woken.
    await services.db.kysely.transaction().execute(async (trx) => {
      for (let n = 0; n < messages; n++) {
        await services.outbox.enqueue(
          owner,
          {
            kind: "follow_up",
            toAddress: `recruiter${n % 500}@company${n % 500}.bench.example`,
            toName: `Recruiter ${n % 500}`,
            subject: `Following up on my application (${n})`,
            bodyText: `Hello,\n\nI wanted to follow up on my application. It is message ${n} of the benchmark.\n\nBest,\nHeavy Seeker`,
          },
          trx,
        );
      }
    });
    const started = performance.now();
    services.outbox.wake();
    const counts = () =>
      services.db.kysely
        .selectFrom("outbox_messages")
        .select(["status", sql<number>`count(*)`.as("n")])
        .where("user_id", "=", userId)
        .groupBy("status")
        .execute();
    for (;;) {
      const byStatus = await counts();
      const sent = Number(byStatus.find((row) => row.status === "sent")?.n ?? 0);
      if (sent >= messages) break;
      if (performance.now() - started > timeoutMs) {
        throw new Error(`the outbox did not drain in ${timeoutMs / 1000} s: ${JSON.stringify(byStatus)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const seconds = (performance.now() - started) / 1000;
    const duplicates = [...smtp.copiesByMessageId().values()].filter((count) => count > 1).length;
    if (smtp.delivered().length !== messages || duplicates > 0) {
      throw new Error(`the SMTP server got ${smtp.delivered().length} messages (${duplicates} duplicated)`);
    }
    return { messages, seconds, perSecond: messages / seconds };
  } finally {
    await smtp.close();
  }
}

/** One line for the report. */
export function formatOutboxDrain(result: OutboxDrainMeasurement, database: string): string {
  return (
    `Email outbox on ${database}: ${result.messages.toLocaleString("en")} queued messages sent to a local SMTP ` +
    `server in ${result.seconds.toFixed(2)} s — ${Math.round(result.perSecond).toLocaleString("en")} messages/s`
  );
}
