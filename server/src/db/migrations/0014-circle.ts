import type { Kysely } from "kysely";

/**
 * The support circle: invites, memberships, written posts, shares of chosen items (with the
 * members chosen for them), replies, the seeker's notifications and their digest setting.
 * Rows live under the seeker (user_id) whose circle it is. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("circle_invites")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("email", "text", (col) => col.notNull())
    // friend | coach
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("can_see_pipeline", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("message", "text", (col) => col.notNull().defaultTo(""))
    // SHA-256 of the token; the token itself is shown once and never stored
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("accepted_by_user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("withdrawn_at", "text")
    // The one account this invite let register while registration is invite-only
    .addColumn("registered_user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("circle_invites_user_idx")
    .on("circle_invites")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("circle_members")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("member_user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("can_see_pipeline", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("joined_at", "text", (col) => col.notNull())
    // null while active; set by the seeker revoking or the member leaving
    .addColumn("revoked_at", "text")
    .addColumn("invite_id", "text", (col) => col.references("circle_invites.id").onDelete("set null"))
    .addUniqueConstraint("circle_members_user_member_key", ["user_id", "member_user_id"])
    .execute();
  await db.schema.createIndex("circle_members_member_idx").on("circle_members").columns(["member_user_id"]).execute();

  await db.schema
    .createTable("circle_posts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("body", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("application_id", "text", (col) => col.references("applications.id").onDelete("set null"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("circle_posts_user_idx").on("circle_posts").columns(["user_id", "created_at"]).execute();

  await db.schema
    .createTable("circle_shares")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("item_type", "text", (col) => col.notNull())
    // null only for the growth plan (one per seeker); no foreign key: it points into many tables
    .addColumn("item_id", "text")
    // circle | chosen
    .addColumn("audience", "text", (col) => col.notNull())
    .addColumn("note", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addUniqueConstraint("circle_shares_user_item_key", ["user_id", "item_type", "item_id"])
    .execute();
  await db.schema
    .createIndex("circle_shares_user_created_idx")
    .on("circle_shares")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("circle_share_members")
    .addColumn("share_id", "text", (col) => col.notNull().references("circle_shares.id").onDelete("cascade"))
    .addColumn("member_id", "text", (col) => col.notNull().references("circle_members.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("circle_share_members_pkey", ["share_id", "member_id"])
    .execute();

  await db.schema
    .createTable("circle_replies")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("share_id", "text", (col) => col.notNull().references("circle_shares.id").onDelete("cascade"))
    .addColumn("seeker_user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("author_user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // one level: a parent never has a parent itself
    .addColumn("parent_id", "text", (col) => col.references("circle_replies.id").onDelete("cascade"))
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("edited_at", "text")
    .addColumn("deleted_at", "text")
    .execute();
  await db.schema
    .createIndex("circle_replies_share_idx")
    .on("circle_replies")
    .columns(["share_id", "created_at"])
    .execute();

  await db.schema
    .createTable("circle_notifications")
    .addColumn("id", "text", (col) => col.primaryKey())
    // the recipient: the seeker
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // reply | member_joined
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("share_id", "text", (col) => col.references("circle_shares.id").onDelete("cascade"))
    .addColumn("reply_id", "text", (col) => col.references("circle_replies.id").onDelete("cascade"))
    .addColumn("actor_user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("read_at", "text")
    .addColumn("emailed_at", "text")
    .execute();
  await db.schema
    .createIndex("circle_notifications_user_idx")
    .on("circle_notifications")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("circle_settings")
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
    // 1 when replies may be summed up in an email digest (no row: on)
    .addColumn("digest_email", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "circle_settings",
    "circle_notifications",
    "circle_replies",
    "circle_share_members",
    "circle_shares",
    "circle_posts",
    "circle_members",
    "circle_invites",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
