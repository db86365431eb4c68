import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/database.ts";
import { createServices, type Services } from "../../services.ts";
import { buildUserWithSmtp, draft } from "../../testing/outbox-factories.ts";
import { closedPort, type SmtpAnswer, startSmtpTestServer } from "../../testing/smtp-test-server.ts";
import { createTestDatabase, dialects } from "../../testing/test-database.ts";
import { maxAttempts, mayHaveBeenSent } from "./delivery-outcome.ts";
import { presentOutboxMessage } from "./outbox.presenter.ts";
import type { OutboxRow } from "./outbox.repo.ts";

const minute = 60_000;
const day = 24 * 60 * minute;

describe.each(dialects)("the outbox worker on %s", (dialect) => {
  let db: Db;
  let services: Services;
  const workerErrors: unknown[] = [];
  // The worker's clock runs ahead of real time by this much, so backoff can be skipped.
  let offsetMs = 0;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    services = createServices(db, { publicUrl: "https://debrief.example.org" });
  });
  afterAll(async () => {
    expect(workerErrors).toEqual([]);
    await db.close();
  });

  const worker = () =>
    services.createOutboxWorker((error) => workerErrors.push(error), {
      clock: () => new Date(Date.now() + offsetMs),
      smtpTimeouts: { connectMs: 2_000, idleMs: 600, totalMs: 5_000 },
    });
  const drain = () => worker().drain();
  const later = (ms: number) => {
    offsetMs += ms;
  };
  const row = (id: string) =>
    db.kysely.selectFrom("outbox_messages").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  /** A person with an SMTP account on a fresh test server that answers as told. */
  async function personWithServer(answer?: (index: number) => SmtpAnswer) {
    const smtp = await startSmtpTestServer(answer ? { answer: (_mail, index) => answer(index) } : {});
    const person = await buildUserWithSmtp(services, smtp);
    return { smtp, ...person };
  }

  it("sends through the person's account with the stored Message-ID, subject, recipient and body", async () => {
    const { smtp, actor, user } = await personWithServer();
    try {
      const queued = await services.outbox.enqueue(
        actor,
        draft({ toAddress: "priya@fernleaf.test", toName: "Priya Raman", subject: "Thank you, Priya" }),
      );
      expect(queued.message_id).toBe(`<${queued.id}@debrief.example.org>`);
      await drain();

      const sent = await row(queued.id);
      expect(sent).toMatchObject({ status: "sent", attempts: 1, last_error: null, lease_until: null });
      expect(sent.sent_at).not.toBeNull();
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0];
      expect(mail?.messageId).toBe(queued.message_id);
      expect(mail?.subject).toBe("Thank you, Priya");
      expect(mail?.to).toEqual(["priya@fernleaf.test"]);
      expect(mail?.envelopeTo).toEqual(["priya@fernleaf.test"]);
      expect(mail?.from).toContain(user.email);
      expect(mail?.text).toContain("Thank you for the conversation about the role.");
    } finally {
      await smtp.close();
    }
  });

  it("keeps a message queued with growing backoff while the server is unreachable, then gives up", async () => {
    const { actor } = await buildUserWithSmtp(services, { host: "127.0.0.1", port: await closedPort() });
    const queued = await services.outbox.enqueue(actor, draft());
    await drain();
    let current = await row(queued.id);
    expect(current.status).toBe("queued");
    expect(current.attempts).toBe(1);
    expect(current.last_error).toMatch(/connection was refused/);
    const firstWait = Date.parse(current.next_attempt_at ?? "") - (Date.now() + offsetMs);
    expect(firstWait).toBeGreaterThan(0.9 * minute);
    expect(firstWait).toBeLessThanOrEqual(minute);

    // Not due yet: a drain now leaves it alone.
    await drain();
    expect((await row(queued.id)).attempts).toBe(1);

    for (let attempt = 2; attempt <= maxAttempts; attempt++) {
      later(day);
      await drain();
      current = await row(queued.id);
      expect(current.attempts).toBe(attempt);
    }
    expect(current.status).toBe("failed");
    expect(current.last_error).toMatch(new RegExp(`^Gave up after ${maxAttempts} attempts\\..*refused`));
    later(day);
    await drain();
    expect((await row(queued.id)).attempts).toBe(maxAttempts);
  });

  it("retries after a refused sign-in, saying what to fix, and sends nothing", async () => {
    const smtp = await startSmtpTestServer();
    try {
      const { actor } = await buildUserWithSmtp(services, { ...smtp, password: "not the password" });
      const queued = await services.outbox.enqueue(actor, draft());
      await drain();
      const current = await row(queued.id);
      expect(current.status).toBe("queued");
      expect(current.last_error).toMatch(/refused the sign-in.*535.*check the username and password/);
      expect(current.last_error).not.toContain("not the password");
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it("tries again after a 4xx answer and sends the message once", async () => {
    const { smtp, actor } = await personWithServer((index) =>
      index === 0 ? { reply: 451, text: "Greylisted, try again later" } : "accept",
    );
    try {
      const queued = await services.outbox.enqueue(actor, draft());
      await drain();
      expect(await row(queued.id)).toMatchObject({ status: "queued", attempts: 1 });
      expect((await row(queued.id)).last_error).toMatch(/451 Greylisted/);
      later(2 * minute);
      await drain();
      expect(await row(queued.id)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
      expect(smtp.received.map((mail) => mail.messageId)).toEqual([queued.message_id, queued.message_id]);
      expect(smtp.copiesByMessageId().get(queued.message_id)).toBe(1);
    } finally {
      await smtp.close();
    }
  });

  it("fails a message the server refuses with 5xx, and never tries it again", async () => {
    const { smtp, actor } = await personWithServer(() => ({ reply: 550, text: "Mailbox unavailable" }));
    try {
      const queued = await services.outbox.enqueue(actor, draft());
      await drain();
      const current = await row(queued.id);
      expect(current.status).toBe("failed");
      expect(current.last_error).toMatch(/refused the message: 550 Mailbox unavailable/);
      expect(presentOutboxMessage(current).mayHaveBeenSent).toBe(false);
      later(day);
      await drain();
      expect((await row(queued.id)).attempts).toBe(1);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("fails (never resends) when the connection drops after the message data, before the answer", async () => {
    const { smtp, actor } = await personWithServer((index) => (index === 0 ? "drop" : "accept"));
    try {
      const queued = await services.outbox.enqueue(actor, draft());
      await drain();
      const current = await row(queued.id);
      expect(current.status).toBe("failed");
      expect(current.last_error).toContain(mayHaveBeenSent);
      expect(presentOutboxMessage(current).mayHaveBeenSent).toBe(true);
      later(day);
      await drain();
      expect(smtp.received).toHaveLength(1);

      // The person checked and decided to send it again: the same Message-ID goes out.
      await services.outbox.retry(actor, queued.id);
      await drain();
      expect(await row(queued.id)).toMatchObject({ status: "sent", attempts: 1 });
      expect(smtp.received.map((mail) => mail.messageId)).toEqual([queued.message_id, queued.message_id]);
    } finally {
      await smtp.close();
    }
  });

  it("fails (never resends) when the server takes the data and then never answers", async () => {
    const { smtp, actor } = await personWithServer(() => "hang");
    try {
      const queued = await services.outbox.enqueue(actor, draft());
      await drain();
      expect((await row(queued.id)).status).toBe("failed");
      expect((await row(queued.id)).last_error).toContain(mayHaveBeenSent);
      later(day);
      await drain();
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("fails a message left 'sending' by a crashed worker once its lease has run out, without sending it", async () => {
    const { smtp, actor } = await personWithServer();
    try {
      const queued = await services.outbox.enqueue(actor, draft());
      const stillLeased = await services.outbox.enqueue(actor, draft());
      const now = Date.now() + offsetMs;
      await db.kysely
        .updateTable("outbox_messages")
        .set({ status: "sending", attempts: 1, next_attempt_at: null, lease_until: new Date(now - 1000).toISOString() })
        .where("id", "=", queued.id)
        .execute();
      await db.kysely
        .updateTable("outbox_messages")
        .set({
          status: "sending",
          attempts: 1,
          next_attempt_at: null,
          lease_until: new Date(now + minute).toISOString(),
        })
        .where("id", "=", stillLeased.id)
        .execute();
      await drain();
      const lost = await row(queued.id);
      expect(lost.status).toBe("failed");
      expect(lost.last_error).toContain("Sending was interrupted");
      expect(lost.last_error).toContain(mayHaveBeenSent);
      // Another worker may still be sending this one: it is left alone until its lease ends.
      expect((await row(stillLeased.id)).status).toBe("sending");
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it("fails a message whose account was removed after it was queued, and sends it once one is back", async () => {
    const { smtp, actor, user } = await personWithServer();
    try {
      const queued = await services.outbox.enqueue(actor, draft());
      await services.smtpAccounts.remove(actor);
      await drain();
      expect(await row(queued.id)).toMatchObject({ status: "failed" });
      expect((await row(queued.id)).last_error).toMatch(/No email account/);
      await services.smtpAccounts.save(actor, {
        host: smtp.host,
        port: smtp.port,
        security: "none",
        username: smtp.username,
        password: smtp.password,
        fromName: "",
        fromAddress: user.email,
      });
      await services.outbox.retry(actor, queued.id);
      await drain();
      expect((await row(queued.id)).status).toBe("sent");
      expect(smtp.received).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("never sends a message twice across a run of every fault", async () => {
    const answers: SmtpAnswer[] = ["accept", { reply: 451 }, "drop", { reply: 554 }, "accept", "hang"];
    const { smtp, actor } = await personWithServer((index) => answers[index % answers.length] ?? "accept");
    try {
      for (let n = 0; n < 12; n++) await services.outbox.enqueue(actor, draft());
      for (let round = 0; round < 4; round++) {
        await drain();
        later(day);
      }
      const copies = [...smtp.copiesByMessageId().values()];
      expect(copies.length).toBeGreaterThan(0);
      expect(copies.every((count) => count === 1)).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it("sends one person's messages over one SMTP session, and a fresh one after a failure", async () => {
    const { smtp, actor } = await personWithServer((index) =>
      index === 2 ? { reply: 550, text: "No such user" } : "accept",
    );
    try {
      const queued: OutboxRow[] = [];
      for (let n = 0; n < 5; n++) queued.push(await services.outbox.enqueue(actor, draft()));
      await drain();
      const statuses = await Promise.all(queued.map(async (message) => (await row(message.id)).status));
      expect(statuses).toEqual(["sent", "sent", "failed", "sent", "sent"]);
      const sessions = smtp.received.map((mail) => mail.sessionId);
      expect(new Set(sessions.slice(0, 3)).size).toBe(1);
      expect(sessions[3]).not.toBe(sessions[2]);
      expect(sessions[4]).toBe(sessions[3]);
    } finally {
      await smtp.close();
    }
  });

  it("stops cleanly: the message in flight is settled, the untried ones go back to the queue uncounted", async () => {
    const { smtp, actor } = await personWithServer((index) => (index === 0 ? "hang" : "accept"));
    const running = services.createOutboxWorker((error) => workerErrors.push(error), {
      pollMs: 60_000,
      clock: () => new Date(Date.now() + offsetMs),
      smtpTimeouts: { connectMs: 2_000, idleMs: 600, totalMs: 5_000 },
    });
    try {
      const queued: OutboxRow[] = [];
      await db.kysely.transaction().execute(async (trx) => {
        for (let n = 0; n < 3; n++) queued.push(await services.outbox.enqueue(actor, draft(), trx));
      });
      running.start();
      await expect.poll(() => smtp.received.length, { timeout: 5_000 }).toBe(1);
      await running.stop();
      const [inFlight, ...untried] = await Promise.all(queued.map((message) => row(message.id)));
      expect(inFlight?.status).toBe("failed");
      expect(inFlight?.last_error).toContain(mayHaveBeenSent);
      for (const message of untried)
        expect(message).toMatchObject({ status: "queued", attempts: 0, lease_until: null });
    } finally {
      await running.stop();
      await smtp.close();
    }
  });

  it("starts, is woken by enqueue, and stops cleanly", async () => {
    const { smtp, actor } = await personWithServer();
    const running = services.createOutboxWorker((error) => workerErrors.push(error), { pollMs: 60_000 });
    running.start();
    try {
      const queued = await services.outbox.enqueue(actor, draft());
      await expect.poll(async () => (await row(queued.id)).status, { timeout: 5_000 }).toBe("sent");
    } finally {
      await running.stop();
      await smtp.close();
    }
  });
});
