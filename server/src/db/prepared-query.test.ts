import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dialects } from "../testing/test-database.ts";
import type { Db } from "./database.ts";
import { newId, nowIso } from "./ids.ts";
import { preparedQuery } from "./prepared-query.ts";

describe.each(dialects)("preparedQuery on %s", (dialect) => {
  let db: Db;
  const ids = [newId(), newId()];
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    const now = nowIso();
    await db.kysely
      .insertInto("users")
      .values(
        ids.map((id, index) => ({
          id,
          email: `prepared-${index}@example.test`,
          display_name: `Person ${index}`,
          password_hash: null,
          role: "member" as const,
          onboarded_at: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  });
  afterAll(async () => db.close());

  it("binds new values on every call, in the order the query uses them", async () => {
    const byEmailAndName = preparedQuery(db.kysely, 2, (email: string, name: string) =>
      db.kysely
        .selectFrom("users")
        .select(["id", "display_name"])
        .where("display_name", "=", name)
        .where("email", "=", email)
        .where("role", "=", "member"),
    );
    expect(await byEmailAndName("prepared-0@example.test", "Person 0")).toEqual([
      { id: ids[0], display_name: "Person 0" },
    ]);
    expect(await byEmailAndName("prepared-1@example.test", "Person 1")).toEqual([
      { id: ids[1], display_name: "Person 1" },
    ]);
    expect(await byEmailAndName("prepared-1@example.test", "Person 0")).toEqual([]);
  });

  it("refuses a build that uses an argument for something other than a value", () => {
    expect(() =>
      preparedQuery(db.kysely, 2, (email: string, _unused: string) =>
        db.kysely.selectFrom("users").select("id").where("email", "=", email),
      ),
    ).toThrow(/argument\(s\) 1 are not used as values/);
  });
});
