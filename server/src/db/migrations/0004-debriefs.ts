import type { Kysely } from "kysely";

/**
 * Debriefs: how an interview felt, recorded right after it (one per interview). Also the
 * per-user choice of one email reminder to debrief, and the mark that keeps it to one.
 * Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("debriefs")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("interview_id", "text", (col) => col.notNull().references("interviews.id").onDelete("cascade"))
    // −3 (drained) … +3 (energized)
    .addColumn("energy", "integer")
    // 1 (bored) … 5 (absorbed)
    .addColumn("engagement", "integer")
    // yes | no | unsure
    .addColumn("flow", "text")
    // How I think it went, 1 … 5
    .addColumn("went_well", "integer")
    // JSON arrays of strings: words from the list, and my own
    .addColumn("feelings", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("own_feelings", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("aeiou_activities", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("aeiou_environment", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("aeiou_interactions", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("aeiou_objects", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("aeiou_users", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("do_differently", "text", (col) => col.notNull().defaultTo(""))
    // yes | partly | no
    .addColumn("learning_goal_met", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  // One debrief per interview (interview ids are unique), and the owner-scoped lookup by interview.
  await db.schema
    .createIndex("debriefs_user_interview_idx")
    .on("debriefs")
    .columns(["user_id", "interview_id"])
    .unique()
    .execute();

  // 0 = no email reminders (the default: plan, don't nag), 1 = one reminder a few hours after.
  await db.schema
    .alterTable("users")
    .addColumn("debrief_reminder_email", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("interviews").addColumn("debrief_reminded_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("interviews").dropColumn("debrief_reminded_at").execute();
  await db.schema.alterTable("users").dropColumn("debrief_reminder_email").execute();
  await db.schema.dropTable("debriefs").execute();
}
