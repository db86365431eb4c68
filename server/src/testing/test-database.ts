import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { type Db, type DialectName, openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { templateDatabase, withDatabase } from "./postgres-global-setup.ts";

/** Both dialects every repository and service test runs on (the Kysely way: one suite, looped). */
export const dialects: DialectName[] = ["sqlite", "postgres"];

/**
 * A fresh, migrated database of the given dialect: an in-memory SQLite, or a PostgreSQL
 * database cloned from the migrated template. close() drops it.
 */
export async function createTestDatabase(dialect: DialectName): Promise<Db> {
  if (dialect === "sqlite") {
    const db = openDatabase("sqlite::memory:");
    await migrateToLatest(db);
    return db;
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase}`));
  const db = openDatabase(withDatabase(adminUrl, name), { poolSize: 5 });
  return {
    ...db,
    async close() {
      await db.close();
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
