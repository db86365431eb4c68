import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { resolveServerKey } from "../crypto/server-key.ts";
import { type Db, openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createServices, type Services } from "../services.ts";
import { runDebrief as debrief } from "../testing/run-debrief.ts";

describe("debrief password-sign-in", () => {
  let dir: string;
  let db: Db;
  let services: Services;
  const savedUrl = process.env.DATABASE_URL;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "debrief-cli-password-"));
    process.env.DATABASE_URL = `sqlite:${join(dir, "debrief.db")}`;
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

  it("turns password sign-in off and back on (the way back in if a provider breaks)", async () => {
    const off = await debrief("password-sign-in", "off");
    expect(off.code).toBe(0);
    expect(await services.instance.passwordSignInEnabled()).toBe(false);
    const on = await debrief("password-sign-in", "on");
    expect(on.out).toContain("Password sign-in is on");
    expect(await services.instance.passwordSignInEnabled()).toBe(true);
  });

  it("accepts only on or off", async () => {
    const wrong = await debrief("password-sign-in", "maybe");
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain("must be on or off");
  });
});
