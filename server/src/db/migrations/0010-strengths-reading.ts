import type { Kysely } from "kysely";

/**
 * Remembering what I have to offer: strengths with their evidence, wins (job-related or not),
 * and a reading list of articles that helped. Every row belongs to one user and stays private.
 * Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("strengths")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("description", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("position", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("strengths_user_idx").on("strengths").columns(["user_id", "position"]).execute();

  await db.schema
    .createTable("strength_evidence")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("strength_id", "text", (col) => col.notNull().references("strengths.id").onDelete("cascade"))
    // story | feedback_quote | project | other
    .addColumn("kind", "text", (col) => col.notNull().defaultTo("story"))
    .addColumn("text", "text", (col) => col.notNull())
    // An http(s) link only (checked by the contract)
    .addColumn("link", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("strength_evidence_user_strength_idx")
    .on("strength_evidence")
    .columns(["user_id", "strength_id"])
    .execute();

  await db.schema
    .createTable("wins")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("notes", "text", (col) => col.notNull().defaultTo(""))
    // small | large
    .addColumn("size", "text", (col) => col.notNull().defaultTo("small"))
    // 1 when the win is about the job search, 0 for the rest of life
    .addColumn("job_related", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("happened_on", "text", (col) => col.notNull())
    .addColumn("strength_id", "text", (col) => col.references("strengths.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("wins_user_happened_idx").on("wins").columns(["user_id", "happened_on"]).execute();

  await db.schema
    .createTable("reading_items")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("url", "text", (col) => col.notNull())
    .addColumn("source", "text", (col) => col.notNull().defaultTo(""))
    // JSON array of free tags
    .addColumn("tags", "text", (col) => col.notNull().defaultTo("[]"))
    // JSON array of contexts it is suggested in: self-care | rejection | interviewing | networking
    .addColumn("contexts", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("why_it_helped", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("read", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("reading_items_user_idx").on("reading_items").columns(["user_id", "read"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reading_items").execute();
  await db.schema.dropTable("wins").execute();
  await db.schema.dropTable("strength_evidence").execute();
  await db.schema.dropTable("strengths").execute();
}
