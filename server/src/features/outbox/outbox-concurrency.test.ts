import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/database.ts";
import { createServices, type Services } from "../../services.ts";
import { buildUserWithSmtp, queueMessages } from "../../testing/outbox-factories.ts";
import { startSmtpTestServer } from "../../testing/smtp-test-server.ts";
import { createTestDatabase, dialects } from "../../testing/test-database.ts";

/**
 * Several app instances on one database each run a worker. Two workers draining the same
 * queue at once must send every message exactly once: on PostgreSQL the claim locks its rows
 * with SKIP LOCKED, so the workers take disjoint batches.
 */
describe.each(dialects)("two outbox workers at once on %s", (dialect) => {
  let db: Db;
  let services: Services;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    services = createServices(db, { publicUrl: "http://127.0.0.1:4100" });
  });
  afterAll(async () => db.close());

  it("send each message exactly once", async () => {
    const smtp = await startSmtpTestServer();
    try {
      const { actor } = await buildUserWithSmtp(services, smtp);
      const queued = await queueMessages(services, actor, 60);
      const errors: unknown[] = [];
      const workers = [0, 1].map(() => services.createOutboxWorker((error) => errors.push(error), { batchSize: 4 }));
      const tried = await Promise.all(workers.map((worker) => worker.drain()));

      expect(errors).toEqual([]);
      expect(tried.reduce((sum, count) => sum + count, 0)).toBe(60);
      // Both took part, so the test really raced them.
      expect(Math.min(...tried)).toBeGreaterThan(0);
      const copies = smtp.copiesByMessageId();
      expect(copies.size).toBe(60);
      expect([...copies.values()].every((count) => count === 1)).toBe(true);
      const statuses = await db.kysely
        .selectFrom("outbox_messages")
        .select(["status", "attempts"])
        .where(
          "id",
          "in",
          queued.map((row) => row.id),
        )
        .execute();
      expect(statuses.every((row) => row.status === "sent" && Number(row.attempts) === 1)).toBe(true);
    } finally {
      await smtp.close();
    }
  });
});
