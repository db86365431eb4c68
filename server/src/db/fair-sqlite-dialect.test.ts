import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-database.ts";
import type { Db } from "./database.ts";
import { readImmediately } from "./fair-sqlite-dialect.ts";

describe("the SQLite connection, shared fairly", () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
    await sql`create table fairness (n integer not null)`.execute(db.kysely);
  });
  afterAll(async () => db.close());

  it("makes queries wait for an open transaction, then runs them in the order they came", async () => {
    const order: string[] = [];
    let releaseTransaction = () => {};
    const transactionOpen = new Promise<void>((resolve) => {
      void db.kysely.transaction().execute(async (trx) => {
        await sql`insert into fairness (n) values (1)`.execute(trx);
        resolve();
        await new Promise<void>((release) => {
          releaseTransaction = release;
        });
        order.push("commit");
      });
    });
    await transactionOpen;
    const reads = Array.from({ length: 20 }, (_, index) =>
      sql<{ n: number }>`select count(*) as n from fairness`.execute(db.kysely).then((result) => {
        order.push(`read ${index}`);
        return result.rows[0]?.n;
      }),
    );
    releaseTransaction();
    // Every read waited for the commit, so each one sees the inserted row.
    expect(await Promise.all(reads)).toEqual(reads.map(() => 1));
    expect(order).toEqual(["commit", ...reads.map((_, index) => `read ${index}`)]);
  });

  it("reads at once only while nothing holds the connection, and never writes that way", async () => {
    const count = "select count(*) as n from fairness";
    expect(readImmediately(db.kysely, count, [])).toEqual([{ n: 1 }]);
    expect(readImmediately(db.kysely, "insert into fairness (n) values (?)", [2])).toBeUndefined();
    // Returns rows, but writes: not a read either.
    expect(readImmediately(db.kysely, "insert into fairness (n) values (?) returning n", [2])).toBeUndefined();
    await db.kysely.transaction().execute(async (trx) => {
      await sql`insert into fairness (n) values (3)`.execute(trx);
      expect(readImmediately(db.kysely, count, [])).toBeUndefined();
      expect(readImmediately(trx, count, [])).toBeUndefined();
    });
    expect(readImmediately(db.kysely, count, [])).toEqual([{ n: 2 }]);
  });

  it("frees the connection after a failed query", async () => {
    await expect(sql`select * from no_such_table`.execute(db.kysely)).rejects.toThrow(/no such table/);
    await expect(sql`select 1 as one`.execute(db.kysely)).resolves.toMatchObject({ rows: [{ one: 1 }] });
  });
});
