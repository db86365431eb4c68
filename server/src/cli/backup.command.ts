import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { openDatabase, parseDatabaseUrl } from "../db/database.ts";

/**
 * `debrief backup <file>`: an online, consistent copy of the SQLite database (SQLite's backup
 * API, safe while the server runs). On PostgreSQL, pg_dump is the right tool: we print the
 * command rather than reimplement it.
 */
export function registerBackupCommand(program: Command): void {
  program
    .command("backup")
    .description(
      "write a consistent backup of the database to <file> (SQLite), or print the pg_dump command (PostgreSQL)",
    )
    .argument("<file>", "where to write the backup")
    .option("--force", "overwrite <file> if it exists")
    .action(async (file: string, options: { force?: boolean }) => {
      const config = loadConfig();
      const { dialect } = parseDatabaseUrl(config.databaseUrl);
      const target = resolve(file);
      if (dialect === "postgres") {
        const url = new URL(config.databaseUrl);
        url.password = url.password ? "****" : "";
        console.log("This server uses PostgreSQL. Back it up with pg_dump, for example:");
        console.log(`  pg_dump --format=custom --file=${JSON.stringify(target)} "${url.toString()}"`);
        console.log("(restore with pg_restore --clean --dbname=<url> <file>)");
        return;
      }
      if (existsSync(target) && !options.force) throw new Error(`${target} already exists (use --force to overwrite).`);
      const db = openDatabase(config.databaseUrl, { poolSize: 1 });
      try {
        if (!db.sqlite || !db.sqliteFile) throw new Error("An in-memory database cannot be backed up.");
        const started = Date.now();
        await db.sqlite.backup(target);
        console.log(`Backed up ${db.sqliteFile} to ${target} in ${Date.now() - started} ms.`);
      } finally {
        await db.close();
      }
    });
}
