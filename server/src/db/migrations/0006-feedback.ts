import type { Kysely } from "kysely";

/**
 * Feedback: requests with a private public link (only the token's hash is stored), feedback
 * entries from any channel, the user's own themes and the items an entry is split into.
 * Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("feedback_requests")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("contact_id", "text", (col) => col.references("contacts.id").onDelete("set null"))
    .addColumn("interview_id", "text", (col) => col.references("interviews.id").onDelete("set null"))
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("outbox_message_id", "text", (col) => col.references("outbox_messages.id").onDelete("set null"))
    .addColumn("sent_at", "text")
    .addColumn("followed_up_at", "text")
    .addColumn("follow_up_count", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("answered_at", "text")
    // link | manual
    .addColumn("answered_via", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("feedback_requests_user_idx")
    .on("feedback_requests")
    .columns(["user_id", "application_id", "id"])
    .execute();

  await db.schema
    .createTable("feedback_entries")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.references("applications.id").onDelete("set null"))
    .addColumn("request_id", "text", (col) => col.references("feedback_requests.id").onDelete("set null"))
    // link | email | call | other
    .addColumn("source", "text", (col) => col.notNull())
    .addColumn("from_name", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("from_role", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("anonymous", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("went_well", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("to_change", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("advice", "text", (col) => col.notNull().defaultTo(""))
    // JSON lists of at most three strings
    .addColumn("keep", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("change", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("body", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("received_at", "text", (col) => col.notNull())
    // 1 until the user has seen it in the log (the "new feedback" indicator).
    .addColumn("unread", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("edit_key_hash", "text")
    .addColumn("editable_until", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("feedback_entries_user_idx")
    .on("feedback_entries")
    .columns(["user_id", "received_at", "id"])
    .execute();
  // One answer per link (entries written by hand have no request; NULLs never collide).
  await db.schema
    .createIndex("feedback_entries_request_key")
    .on("feedback_entries")
    .column("request_id")
    .unique()
    .execute();

  await db.schema
    .createTable("feedback_themes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addUniqueConstraint("feedback_themes_user_name_key", ["user_id", "name"])
    .execute();

  await db.schema
    .createTable("feedback_items")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("entry_id", "text", (col) => col.notNull().references("feedback_entries.id").onDelete("cascade"))
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("theme_id", "text", (col) => col.references("feedback_themes.id").onDelete("set null"))
    .addColumn("position", "integer", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("feedback_items_entry_idx")
    .on("feedback_items")
    .columns(["user_id", "entry_id", "position"])
    .execute();
  await db.schema
    .createIndex("feedback_items_theme_idx")
    .on("feedback_items")
    .columns(["user_id", "theme_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("feedback_items").execute();
  await db.schema.dropTable("feedback_themes").execute();
  await db.schema.dropTable("feedback_entries").execute();
  await db.schema.dropTable("feedback_requests").execute();
}
