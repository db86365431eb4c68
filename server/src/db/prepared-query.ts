import type { Compilable, CompiledQuery, Kysely } from "kysely";
import { readImmediately } from "./fair-sqlite-dialect.ts";

/**
 * A query built and compiled once, run many times with new values. Kysely otherwise rebuilds
 * and recompiles a query on every call; for the lookup behind every request (the session or
 * token) that cost several times what running it did. On SQLite a read runs at once when the
 * connection is free (see FairSqliteDialect); Kysely plugins, of which we have none, are skipped.
 *
 * `build` is called once, with stand-ins for its arguments, so it must use them only as values
 * (in where, set, limit…), never to decide the query's shape. A stand-in that does not reach the
 * compiled parameters is such a mistake, and preparing throws.
 */
export function preparedQuery<DB, Args extends string[], Row>(
  db: Kysely<DB>,
  argumentCount: Args["length"],
  build: (...args: Args) => Compilable<Row>,
): (...args: Args) => Promise<Row[]> {
  const standIns = Array.from({ length: argumentCount }, (_, index) => `\u0000prepared-argument-${index}\u0000`);
  const compiled = build(...(standIns as Args)).compile();
  const sources = compiled.parameters.map((value) => standIns.indexOf(value as string));
  const unused = standIns.map((_, index) => index).filter((index) => !sources.includes(index));
  if (unused.length > 0) throw new Error(`preparedQuery: argument(s) ${unused.join(", ")} are not used as values`);
  return async (...args) => {
    const parameters = compiled.parameters.map((value, index) => {
      const source = sources[index] ?? -1;
      return source === -1 ? value : args[source];
    });
    const rows = readImmediately(db, compiled.sql, parameters);
    if (rows) return rows as Row[];
    const query: CompiledQuery<Row> = { ...compiled, parameters };
    return (await db.executeQuery(query)).rows;
  };
}
