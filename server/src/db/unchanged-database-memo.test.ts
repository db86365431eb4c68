import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SessionsRepo } from "../features/auth/sessions.repo.ts";
import { createServices, type Services } from "../services.ts";
import { buildUser } from "../testing/factories.ts";
import { testPublicUrl } from "../testing/test-app.ts";
import { createTestDatabase, dialects } from "../testing/test-database.ts";
import { type Db, openDatabase } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";
import type { Database } from "./schema.ts";
import { UnchangedDatabaseMemo } from "./unchanged-database-memo.ts";

// Longer than FairSqliteDialect's interval between looks at other connections' writes.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe.each(dialects)("UnchangedDatabaseMemo on %s", (dialect) => {
  let db: Db;
  let loads: number;
  let memo: UnchangedDatabaseMemo<string | undefined>;
  const read = (key: string, executor: Kysely<Database> = db.kysely) =>
    memo.get(key, async () => {
      loads++;
      const result = await sql<{ v: string }>`select v from memo_probe where k = ${key}`.execute(executor);
      return result.rows[0]?.v;
    });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await sql`create table memo_probe (k text primary key, v text not null)`.execute(db.kysely);
  });
  afterAll(async () => db.close());
  beforeEach(async () => {
    await sql`delete from memo_probe`.execute(db.kysely);
    await sql`insert into memo_probe (k, v) values ('a', 'first')`.execute(db.kysely);
    memo = new UnchangedDatabaseMemo(db.kysely);
    loads = 0;
  });

  it("answers from the database, and again after every write", async () => {
    expect(await read("a")).toBe("first");
    expect(await read("a")).toBe("first");
    await sql`update memo_probe set v = 'second' where k = 'a'`.execute(db.kysely);
    expect(await read("a")).toBe("second");
    // A write to any table, not only the one read, makes every answer be asked again.
    await sql`insert into memo_probe (k, v) values ('b', 'other')`.execute(db.kysely);
    expect(await read("a")).toBe("second");
    expect(await read("missing")).toBeUndefined();
    // SQLite remembers between writes; PostgreSQL, whose other instances write unseen, never does.
    expect(loads).toBe(dialect === "sqlite" ? 4 : 5);
    // A write that returns rows is still a write.
    await sql`update memo_probe set v = 'third' where k = 'a' returning k`.execute(db.kysely);
    expect(await read("a")).toBe("third");
  });

  it("does not remember an answer read while a write happened", async () => {
    const loadThatWrites = async () => {
      loads++;
      const result = await sql<{ v: string }>`select v from memo_probe where k = 'a'`.execute(db.kysely);
      await sql`update memo_probe set v = 'changed during the read' where k = 'a'`.execute(db.kysely);
      return result.rows[0]?.v;
    };
    expect(await memo.get("a", loadThatWrites)).toBe("first");
    expect(await read("a")).toBe("changed during the read");
    expect(loads).toBe(2);
  });

  it("reads inside a transaction every time (it may see uncommitted writes)", async () => {
    expect(await read("a")).toBe("first");
    await db.kysely
      .transaction()
      .execute(async (trx) => {
        await sql`update memo_probe set v = 'uncommitted' where k = 'a'`.execute(trx);
        expect(await read("a", trx)).toBe("uncommitted");
        expect(await read("a", trx)).toBe("uncommitted");
        throw new Error("roll back");
      })
      .catch(() => {});
    expect(await read("a")).toBe("first");
    expect(loads).toBe(4);
  });
});

describe("the session lookup while another process writes the same SQLite file", () => {
  let dir: string;
  let db: Db;
  let services: Services;
  let cli: SqliteDatabase.Database;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "debrief-memo-"));
    db = openDatabase(`sqlite:${join(dir, "debrief.db")}`);
    await migrateToLatest(db);
    services = createServices(db, { publicUrl: testPublicUrl });
    // As `debrief user reset-password` would, while the server runs: its own connection.
    cli = new SqliteDatabase(join(dir, "debrief.db"));
  });
  afterEach(async () => {
    cli.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stops resolving a session that another process ended", async () => {
    const { user, sessionToken } = await buildUser(services);
    expect((await services.sessions.resolve(sessionToken))?.user.id).toBe(user.id);
    expect((await services.sessions.resolve(sessionToken))?.user.id).toBe(user.id);

    cli.prepare("delete from sessions where user_id = ?").run(user.id);
    await settle();
    expect(await services.sessions.resolve(sessionToken)).toBeUndefined();
  });

  it("sees the pipeline revision another process bumped, and a session signed out here at once", async () => {
    const { user, sessionToken, actor } = await buildUser(services);
    const before = (await services.sessions.resolve(sessionToken))?.user.pipeline_revision ?? -1;
    cli.prepare("update users set pipeline_revision = pipeline_revision + 1 where id = ?").run(user.id);
    await settle();
    expect((await services.sessions.resolve(sessionToken))?.user.pipeline_revision).toBe(before + 1);

    await services.sessions.end(user.id, actor.sessionId ?? "");
    expect(await services.sessions.resolve(sessionToken)).toBeUndefined();
  });

  it("lets a remembered session expire on time", async () => {
    const { sessionToken } = await buildUser(services);
    const repo = new SessionsRepo(db.kysely);
    const now = Date.now();
    const found = await repo.findLiveByToken(sessionToken, now);
    expect(found).toBeDefined();
    const inAMonth = now + 31 * 24 * 3_600_000;
    expect(await repo.findLiveByToken(sessionToken, inAMonth)).toBeUndefined();
    expect(await repo.findLiveByToken(sessionToken, now)).toBeDefined();
  });
});
