import type { Kysely } from "kysely";

/**
 * Email by the person's own SMTP account: the account (password sealed with the server key)
 * and the durable outbox. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("smtp_accounts")
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("host", "text", (col) => col.notNull())
    .addColumn("port", "integer", (col) => col.notNull())
    // tls | starttls | none
    .addColumn("security", "text", (col) => col.notNull())
    .addColumn("username", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("password_encrypted", "text")
    .addColumn("from_name", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("from_address", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("outbox_messages")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // A message outlives the application it was about: it is the record of what was sent.
    .addColumn("application_id", "text", (col) => col.references("applications.id").onDelete("set null"))
    // The allowed kinds live in contract/outbox.ts (outboxKinds).
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("to_address", "text", (col) => col.notNull())
    .addColumn("to_name", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("body_text", "text", (col) => col.notNull())
    .addColumn("message_id", "text", (col) => col.notNull().unique())
    // queued | sending | sent | failed | cancelled
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text")
    .addColumn("lease_until", "text")
    .addColumn("last_error", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  // The worker: due queued messages, and 'sending' ones whose lease ran out.
  await db.schema
    .createIndex("outbox_messages_status_due_idx")
    .on("outbox_messages")
    .columns(["status", "next_attempt_at"])
    .execute();
  // A person's outbox, newest first (ids are time-ordered), and an application's messages.
  await db.schema.createIndex("outbox_messages_user_idx").on("outbox_messages").columns(["user_id", "id"]).execute();
  await db.schema
    .createIndex("outbox_messages_user_application_idx")
    .on("outbox_messages")
    .columns(["user_id", "application_id", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("outbox_messages").execute();
  await db.schema.dropTable("smtp_accounts").execute();
}
