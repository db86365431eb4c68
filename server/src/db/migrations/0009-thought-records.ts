import type { Kysely } from "kysely";

/**
 * Thought records: the 7-column record (situation; moods 0–100; automatic thoughts with a hot
 * one; evidence for and against; a balanced thought and how much I believe it; moods re-rated)
 * and its quick mode (thought → thinking trap → reframe). Every field optional, private.
 * Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("thought_records")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // full | quick
    .addColumn("mode", "text", (col) => col.notNull().defaultTo("quick"))
    .addColumn("situation", "text", (col) => col.notNull().defaultTo(""))
    // JSON: [{ name, before 0–100, after 0–100 | null }]
    .addColumn("moods", "text", (col) => col.notNull().defaultTo("[]"))
    // JSON: [{ text, hot }]
    .addColumn("automatic_thoughts", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("evidence_for", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("evidence_against", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("balanced_thought", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("balanced_belief", "integer")
    // JSON: the thinking-trap keys the user confirmed
    .addColumn("thinking_traps", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("reframe", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("application_id", "text", (col) => col.references("applications.id").onDelete("set null"))
    .addColumn("interview_id", "text", (col) => col.references("interviews.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("thought_records_user_created_idx")
    .on("thought_records")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("thought_records").execute();
}
