import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestDatabase, dialects } from "../testing/test-database.ts";
import { newId } from "./ids.ts";
import { migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";

describe.each(dialects)("migrations on %s", (dialect) => {
  it("are applied in order, recorded, and idempotent", async () => {
    const db = await createTestDatabase(dialect);
    try {
      expect(await migrateToLatest(db)).toEqual([]);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db.kysely);
      expect(applied.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
    } finally {
      await db.close();
    }
  });

  it("enforce foreign keys and cascade a user's rows on delete", async () => {
    const db = await createTestDatabase(dialect);
    try {
      const now = new Date().toISOString();
      const userId = newId();
      await db.kysely
        .insertInto("users")
        .values({
          id: userId,
          email: `${userId}@x.test`,
          display_name: "",
          password_hash: null,
          role: "member",
          onboarded_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await db.kysely
        .insertInto("role_families")
        .values({ id: newId(), user_id: userId, name: "UX", position: 0, created_at: now })
        .execute();
      await expect(
        db.kysely
          .insertInto("role_families")
          .values({ id: newId(), user_id: newId(), name: "UX", position: 0, created_at: now })
          .execute(),
      ).rejects.toThrow();
      await db.kysely.deleteFrom("users").where("id", "=", userId).execute();
      const left = await db.kysely.selectFrom("role_families").select("id").where("user_id", "=", userId).execute();
      expect(left).toHaveLength(0);
    } finally {
      await db.close();
    }
  });
});

describe("ids", () => {
  it("are UUIDv7 and sort by creation time", async () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
    expect([...ids].sort()).toEqual(ids);
  });
});
