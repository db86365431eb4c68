import { type Expression, type RawBuilder, sql } from "kysely";
import type { DialectName } from "./database.ts";
import { escapeLike, likeOperator } from "./dialect.ts";

/**
 * `column` contains `text`, ignoring case (ASCII only on SQLite), with LIKE wildcards in the
 * text matched literally. The explicit ESCAPE makes the backslash escape work on SQLite too.
 */
export function containsIgnoringCase(
  dialect: DialectName,
  column: Expression<string | null> | string,
  text: string,
): RawBuilder<boolean> {
  const target = typeof column === "string" ? sql.ref(column) : column;
  return sql<boolean>`${target} ${sql.raw(likeOperator(dialect))} ${`%${escapeLike(text)}%`} escape '\\'`;
}
