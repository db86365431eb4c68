import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";

/** `debrief migrate`: brings the database schema up to date (serve also does this at start). */
export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations to DATABASE_URL")
    .action(async () => {
      const config = loadConfig();
      const db = openDatabase(config.databaseUrl, { poolSize: 1 });
      try {
        const results = await migrateToLatest(db);
        if (results.length === 0) console.log("Database is up to date.");
        for (const result of results)
          console.log(`${result.status === "Success" ? "applied" : result.status}: ${result.migrationName}`);
      } finally {
        await db.close();
      }
    });
}
