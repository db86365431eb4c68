import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, type SqliteDatabase as KyselySqliteDatabase, PostgresDialect } from "kysely";
import pg from "pg";
import { allowImmediateReads, FairSqliteDialect } from "./fair-sqlite-dialect.ts";
import type { Database } from "./schema.ts";

export type DialectName = "sqlite" | "postgres";

/** An open database: the Kysely handle plus what the rest of the code needs to know about it. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** For SQLite: the file on disk (null for :memory:). */
  sqliteFile: string | null;
  /** For SQLite: the raw driver, used by the online backup. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

/** Parses DATABASE_URL into a dialect and its target. */
export function parseDatabaseUrl(url: string): { dialect: DialectName; target: string } {
  if (url.startsWith("sqlite:")) return { dialect: "sqlite", target: url.slice("sqlite:".length) };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: "postgres", target: url };
  throw new Error(`Unsupported DATABASE_URL: ${url}`);
}

/** Opens the database named by DATABASE_URL (sqlite:<file> or postgres://…). */
export function openDatabase(url: string, options: { poolSize?: number } = {}): Db {
  const { dialect, target } = parseDatabaseUrl(url);
  if (dialect === "sqlite") return openSqlite(target);
  return openPostgres(target, options.poolSize ?? 10);
}

function openSqlite(target: string): Db {
  const inMemory = target === ":memory:";
  const file = inMemory ? null : resolve(target);
  if (file) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file ?? ":memory:");
  // WAL lets readers run beside the single writer; the busy timeout makes a second process
  // (the CLI during `serve`) wait for the lock instead of failing at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Reads through a memory map instead of a read() call per page: on a large file (a career
  // centre's 150 MB+) the page-by-page copies made aggregate queries grow faster than the data.
  if (file) sqlite.pragma("mmap_size = 268435456");
  const dialect = new FairSqliteDialect({ database: withStatementCache(sqlite) });
  const kysely = new Kysely<Database>({ dialect });
  allowImmediateReads(kysely, dialect);
  return {
    kysely,
    dialect: "sqlite",
    sqliteFile: file,
    sqlite,
    close: () => kysely.destroy(),
  };
}

// Bulk inserts differ in row count every time; caching them would only push out the statements
// that do repeat.
const maxCachedSqlLength = 8_000;
const maxCachedStatements = 500;

/**
 * Kysely's SQLite driver prepares every query afresh; preparing cost as much as running the
 * query for the session lookup that every request makes. Statements are kept by SQL text (the
 * values are bound separately, so the same query shape reuses one). A statement still being
 * iterated by a stream is busy and cannot run again, so that caller gets a fresh one.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText) {
      const cached = statements.get(sqlText);
      if (cached && !cached.busy) {
        // Re-inserted so the map's order is least recently used first.
        statements.delete(sqlText);
        statements.set(sqlText, cached);
        return cached;
      }
      const statement = sqlite.prepare(sqlText);
      if (!cached && sqlText.length <= maxCachedSqlLength) {
        statements.set(sqlText, statement);
        if (statements.size > maxCachedStatements) statements.delete(statements.keys().next().value as string);
      }
      return statement;
    },
  };
}

// pg returns BIGINT (and COUNT) as strings by default; our counts fit comfortably in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

function openPostgres(connectionString: string, poolSize: number): Db {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on("error", (error) => console.error(`[postgres] idle connection error: ${error.message}`));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: "postgres", sqliteFile: null, sqlite: null, close: () => kysely.destroy() };
}
