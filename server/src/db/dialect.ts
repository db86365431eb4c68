import type { DialectName } from "./database.ts";

/**
 * Dialect differences, one line each, so repositories stay dialect-free elsewhere.
 */

/** True when the error is a unique-constraint violation on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const code = (error as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Case-insensitive LIKE: ilike on PostgreSQL; SQLite's LIKE is already case-insensitive for ASCII. */
export const likeOperator = (dialect: DialectName) => (dialect === "postgres" ? "ilike" : "like");

/** Escapes %, _ and \ so user text is matched literally inside a LIKE pattern (with ESCAPE '\'). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
