import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config.ts";
import { resolveServerKey } from "../crypto/server-key.ts";
import { type Db, openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createServices, type Services } from "../services.ts";
import { buildUser } from "../testing/factories.ts";
import { buildUserWithSmtp, draft } from "../testing/outbox-factories.ts";
import { runDebrief as debrief } from "../testing/run-debrief.ts";

describe("debrief outbox", () => {
  let dir: string;
  let db: Db;
  let services: Services;
  const savedUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "debrief-cli-outbox-"));
    process.env.DATABASE_URL = `sqlite:${join(dir, "debrief.db")}`;
    // The same database and key file the commands open.
    const config = loadConfig();
    db = openDatabase(config.databaseUrl);
    await migrateToLatest(db);
    services = createServices(db, { ...config, secretKey: resolveServerKey(config) });
  });
  afterAll(async () => {
    await db.close();
    process.env.DATABASE_URL = savedUrl;
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  it("lists recent messages with their status and last error, filtered by status and account", async () => {
    const maya = await buildUserWithSmtp(services, { host: "smtp.example.test", port: 587 });
    const sam = await buildUserWithSmtp(services, { host: "smtp.example.test", port: 587 });
    const failed = await services.outbox.enqueue(maya.actor, draft({ subject: "Thank you, Priya" }));
    await db.kysely
      .updateTable("outbox_messages")
      .set({ status: "failed", last_error: "smtp.example.test:587 refused the message: 550 No such user" })
      .where("id", "=", failed.id)
      .execute();
    await services.outbox.enqueue(sam.actor, draft({ subject: "Following up on my application" }));

    const all = await debrief("outbox");
    expect(all.code).toBe(0);
    expect(all.out).toContain(`${failed.id}  failed`);
    expect(all.out).toContain("Thank you, Priya");
    expect(all.out).toContain("last error: smtp.example.test:587 refused the message: 550 No such user");
    expect(all.out).toContain("Following up on my application");

    const onlyFailed = await debrief("outbox", "--status", "failed");
    expect(onlyFailed.out).toContain("Thank you, Priya");
    expect(onlyFailed.out).not.toContain("Following up");
    const onlySam = await debrief("outbox", "--user", sam.user.email);
    expect(onlySam.out).toContain("Following up");
    expect(onlySam.out).not.toContain("Thank you, Priya");
    const nobody = await debrief("outbox", "--user", (await buildUser(services)).user.email);
    expect(nobody.out).toBe("No messages.");
  });

  it("retries a failed message by id", async () => {
    const { actor } = await buildUserWithSmtp(services, { host: "smtp.example.test", port: 587 });
    const message = await services.outbox.enqueue(actor, draft());
    await db.kysely.updateTable("outbox_messages").set({ status: "failed" }).where("id", "=", message.id).execute();
    const retried = await debrief("outbox", "retry", message.id);
    expect(retried.code).toBe(0);
    expect(retried.out).toContain(`Queued ${message.id}`);
    expect((await services.outbox.get(actor, message.id)).status).toBe("queued");

    const again = await debrief("outbox", "retry", message.id);
    expect(again.code).toBe(1);
    expect(again.err).toContain("Only a failed message can be retried. This one is queued.");
  });

  it("explains bad arguments and exits non-zero", async () => {
    const badStatus = await debrief("outbox", "--status", "lost");
    expect(badStatus.code).not.toBe(0);
    expect(badStatus.err).toContain("--status must be");
    const badId = await debrief("outbox", "retry", "42");
    expect(badId.code).toBe(1);
    expect(badId.err).toContain('"42" is not a message id');
    const unknown = await debrief("outbox", "retry", "0190d2f4-0000-7000-8000-000000000000");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("Message not found");
    const noAccount = await debrief("outbox", "--user", "nobody@example.test");
    expect(noAccount.code).toBe(1);
    expect(noAccount.err).toContain("Account nobody@example.test not found");
    const help = await debrief("outbox", "--help");
    expect(help.out).toContain("retry <id>");
  });
});
