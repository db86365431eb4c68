import type { Kysely } from "kysely";

/**
 * The daily check-in (pleasantness × energy, the How We Feel grid) and balance outside
 * job-seeker mode: the user's own activities, logs of them, manual job-search time, and the
 * weeks whose gentle note was set aside. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("check_ins")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // The user's own local day, YYYY-MM-DD: one check-in per day
    .addColumn("day", "text", (col) => col.notNull())
    // −2 (very unpleasant) … +2 (very pleasant); −2 (very low energy) … +2 (very high)
    .addColumn("pleasantness", "integer", (col) => col.notNull())
    .addColumn("energy", "integer", (col) => col.notNull())
    .addColumn("note", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("check_ins_user_day_idx").on("check_ins").columns(["user_id", "day"]).unique().execute();

  await db.schema
    .createTable("activities")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    // Set when archived (kept for old logs, hidden from the buttons)
    .addColumn("archived_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("activities_user_name_idx")
    .on("activities")
    .columns(["user_id", "name"])
    .unique()
    .execute();

  await db.schema
    .createTable("activity_logs")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("activity_id", "text", (col) => col.notNull().references("activities.id").onDelete("cascade"))
    .addColumn("day", "text", (col) => col.notNull())
    .addColumn("minutes", "integer")
    // JSON array of feeling words from a short list (capable, creative, …)
    .addColumn("feelings", "text", (col) => col.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("activity_logs_user_day_idx").on("activity_logs").columns(["user_id", "day"]).execute();

  await db.schema
    .createTable("job_search_time")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("day", "text", (col) => col.notNull())
    .addColumn("minutes", "integer", (col) => col.notNull())
    .addColumn("note", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("job_search_time_user_day_idx")
    .on("job_search_time")
    .columns(["user_id", "day"])
    .execute();

  // Weeks whose "nearly all job search" note the user set aside (week = its Monday)
  await db.schema
    .createTable("balance_dismissals")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("week_start", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("balance_dismissals_pk", ["user_id", "week_start"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("balance_dismissals").execute();
  await db.schema.dropTable("job_search_time").execute();
  await db.schema.dropTable("activity_logs").execute();
  await db.schema.dropTable("activities").execute();
  await db.schema.dropTable("check_ins").execute();
}
