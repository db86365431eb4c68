import { type MigrationResult, Migrator } from "kysely";
import type { Db } from "./database.ts";
import { migrations } from "./migrations/index.ts";

/** Brings the schema up to date. Safe to run from several instances: Kysely takes a lock. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === "Error");
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${cause}`, { cause: error });
  }
  return results ?? [];
}
