import type { Kysely } from "kysely";

/**
 * The rest of the pipeline: contacts and their links, interview prep, tasks, application notes,
 * the calendar feed, CSV imports, and two per-user settings (when silence counts as ghosting,
 * and a revision counter bumped by every pipeline write so read models can be cached safely).
 * Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("ghost_after_weeks", "integer", (col) => col.notNull().defaultTo(6))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("pipeline_revision", "integer", (col) => col.notNull().defaultTo(0))
    .execute();

  // Lower-cased role title, company, location, tags and notes: one LIKE serves full-text search.
  await db.schema
    .alterTable("applications")
    .addColumn("search_text", "text", (col) => col.notNull().defaultTo(""))
    .execute();
  await db.schema
    .createIndex("applications_user_job_url_idx")
    .on("applications")
    .columns(["user_id", "job_url"])
    .execute();
  await db.schema
    .createIndex("applications_user_updated_idx")
    .on("applications")
    .columns(["user_id", "updated_at", "id"])
    .execute();

  for (const column of ["notes", "prep_case", "prep_talking_points", "prep_questions", "prep_research"]) {
    await db.schema
      .alterTable("interviews")
      .addColumn(column, "text", (col) => col.notNull().defaultTo(""))
      .execute();
  }
  await db.schema
    .alterTable("interviews")
    .addColumn("prep_learning_goal", "text", (col) => col.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("contacts")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("company_id", "text", (col) => col.references("companies.id").onDelete("set null"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("role_title", "text")
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("profile_url", "text")
    .addColumn("notes", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("contacts_user_name_idx").on("contacts").columns(["user_id", "name"]).execute();
  await db.schema.createIndex("contacts_user_company_idx").on("contacts").columns(["user_id", "company_id"]).execute();

  await db.schema
    .createTable("application_contacts")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("contact_id", "text", (col) => col.notNull().references("contacts.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("application_contacts_pk", ["application_id", "contact_id"])
    .execute();
  await db.schema
    .createIndex("application_contacts_contact_idx")
    .on("application_contacts")
    .columns(["user_id", "contact_id"])
    .execute();

  await db.schema
    .createTable("interview_interviewers")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("interview_id", "text", (col) => col.notNull().references("interviews.id").onDelete("cascade"))
    .addColumn("contact_id", "text", (col) => col.notNull().references("contacts.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("interview_interviewers_pk", ["interview_id", "contact_id"])
    .execute();
  await db.schema
    .createIndex("interview_interviewers_contact_idx")
    .on("interview_interviewers")
    .columns(["user_id", "contact_id"])
    .execute();

  await db.schema
    .createTable("tasks")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.references("applications.id").onDelete("cascade"))
    .addColumn("interview_id", "text", (col) => col.references("interviews.id").onDelete("set null"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("due_on", "text")
    .addColumn("done_at", "text")
    .addColumn("notes", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("tasks_user_due_idx").on("tasks").columns(["user_id", "done_at", "due_on"]).execute();
  await db.schema
    .createIndex("tasks_user_application_idx")
    .on("tasks")
    .columns(["user_id", "application_id"])
    .execute();

  await db.schema
    .createTable("application_notes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("body", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("application_notes_app_idx")
    .on("application_notes")
    .columns(["user_id", "application_id", "created_at"])
    .execute();

  // Only a hash of the feed token is stored: the URL itself is the credential.
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  // An uploaded CSV waits here between preview and commit, then keeps its summary as history.
  await db.schema
    .createTable("csv_imports")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("content", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("summary", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("completed_at", "text")
    .execute();
  await db.schema.createIndex("csv_imports_user_idx").on("csv_imports").columns(["user_id", "created_at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "csv_imports",
    "calendar_feeds",
    "application_notes",
    "tasks",
    "interview_interviewers",
    "application_contacts",
    "contacts",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
