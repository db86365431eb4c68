import type { Kysely } from "kysely";

/**
 * Growth after a "no": the soft landing offered when an application is rejected (one per
 * application), private "write it out" sessions, and the growth plan's action items.
 * Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("soft_landings")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.notNull().references("applications.id").onDelete("cascade"))
    // A quick check, 1 (low) … 5 (okay), and/or a few words of my own
    .addColumn("feeling", "integer")
    .addColumn("feeling_words", "text", (col) => col.notNull().defaultTo(""))
    // What this process taught me about what I want
    .addColumn("what_i_learned", "text", (col) => col.notNull().defaultTo(""))
    // One thing for myself this week, often as "if/when …, I will …"
    .addColumn("plan_for_me", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("dismissed_at", "text")
    .addColumn("completed_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("soft_landings_user_application_idx")
    .on("soft_landings")
    .columns(["user_id", "application_id"])
    .unique()
    .execute();

  // Expressive writing: private, never shared, never summarised.
  await db.schema
    .createTable("writing_sessions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.references("applications.id").onDelete("set null"))
    .addColumn("body", "text", (col) => col.notNull().defaultTo(""))
    // The gentle timer's length in minutes (null: no timer)
    .addColumn("minutes", "integer")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("writing_sessions_user_created_idx")
    .on("writing_sessions")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("action_items")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("notes", "text", (col) => col.notNull().defaultTo(""))
    // todo | doing | done
    .addColumn("status", "text", (col) => col.notNull().defaultTo("todo"))
    .addColumn("target_date", "text")
    // The feedback item it came from (the feedback log); kept when that item is deleted
    .addColumn("feedback_item_id", "text", (col) => col.references("feedback_items.id").onDelete("set null"))
    // Where it paid off: the application it helped with, set when done
    .addColumn("application_id", "text", (col) => col.references("applications.id").onDelete("set null"))
    .addColumn("done_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("action_items_user_status_idx")
    .on("action_items")
    .columns(["user_id", "status"])
    .execute();
  await db.schema
    .createIndex("action_items_user_application_idx")
    .on("action_items")
    .columns(["user_id", "application_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("action_items").execute();
  await db.schema.dropTable("writing_sessions").execute();
  await db.schema.dropTable("soft_landings").execute();
}
