import type { Kysely } from "kysely";

/**
 * A person's own wording of the message templates: one row per kind they edited. Kinds they
 * never edited use the built-in text (features/messages/built-in-templates.ts), so improving a
 * built-in template reaches everyone who kept it. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("message_templates")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // feedback_request | thank_you | follow_up | acceptance (contract/messages.ts)
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("message_templates_pk", ["user_id", "kind"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("message_templates").execute();
}
