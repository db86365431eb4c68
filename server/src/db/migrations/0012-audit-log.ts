import type { Kysely } from "kysely";

/**
 * A per-user audit log: the user's own sign-ins, and who in their support circle viewed or
 * replied to what. It is the user's record of what happened to their account, so rows live
 * under the user whose log it is, whoever the actor was. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("audit_events")
    .addColumn("id", "text", (col) => col.primaryKey())
    // Whose log this is
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // Who did it (the user, a circle member); kept as text so a deleted member's rows stay readable
    .addColumn("actor_user_id", "text")
    .addColumn("actor_name", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("kind", "text", (col) => col.notNull())
    // How, for sign-ins: 'password', 'oidc:<provider slug>'
    .addColumn("method", "text")
    .addColumn("ip", "text")
    // What it was about (a shared item, an identity…), and a short readable label of it
    .addColumn("subject_type", "text")
    .addColumn("subject_id", "text")
    .addColumn("detail", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("audit_events_user_created_idx")
    .on("audit_events")
    .columns(["user_id", "created_at", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("audit_events").execute();
}
