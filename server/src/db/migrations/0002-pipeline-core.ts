import type { Kysely } from "kysely";

/**
 * Companies, applications, their stage history and tags, and interviews.
 * Frozen once released. Every table carries user_id, and every index used by the app
 * starts with it, because every query is scoped by the owner.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("companies")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("website", "text")
    .addColumn("size_band", "text")
    .addColumn("industry", "text")
    .addColumn("notes", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("companies_user_name_idx").on("companies").columns(["user_id", "name"]).execute();

  await db.schema
    .createTable("applications")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("company_id", "text", (col) => col.references("companies.id").onDelete("set null"))
    .addColumn("role_title", "text", (col) => col.notNull())
    .addColumn("role_family_id", "text", (col) => col.references("role_families.id").onDelete("set null"))
    .addColumn("job_url", "text")
    .addColumn("location", "text")
    .addColumn("work_mode", "text")
    .addColumn("salary_min", "integer")
    .addColumn("salary_max", "integer")
    .addColumn("salary_currency", "text")
    .addColumn("source", "text")
    .addColumn("excitement", "integer")
    .addColumn("found_on", "text")
    .addColumn("applied_on", "text")
    .addColumn("closed_on", "text")
    .addColumn("notes", "text", (col) => col.notNull().defaultTo(""))
    .addColumn("stage", "text", (col) => col.notNull())
    .addColumn("stage_changed_at", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("applications_user_stage_idx").on("applications").columns(["user_id", "stage"]).execute();
  await db.schema
    .createIndex("applications_user_company_idx")
    .on("applications")
    .columns(["user_id", "company_id"])
    .execute();

  await db.schema
    .createTable("application_stage_changes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("from_stage", "text")
    .addColumn("to_stage", "text", (col) => col.notNull())
    .addColumn("changed_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("application_stage_changes_app_idx")
    .on("application_stage_changes")
    .columns(["user_id", "application_id", "changed_at"])
    .execute();

  await db.schema
    .createTable("application_tags")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("tag", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("application_tags_pk", ["application_id", "tag"])
    .execute();
  await db.schema
    .createIndex("application_tags_user_tag_idx")
    .on("application_tags")
    .columns(["user_id", "tag"])
    .execute();

  await db.schema
    .createTable("interviews")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("application_id", "text", (col) => col.notNull().references("applications.id").onDelete("cascade"))
    .addColumn("round_name", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("starts_at", "text", (col) => col.notNull())
    .addColumn("duration_minutes", "integer", (col) => col.notNull())
    .addColumn("time_zone", "text", (col) => col.notNull())
    .addColumn("format", "text", (col) => col.notNull())
    .addColumn("location", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("interviews_user_starts_idx")
    .on("interviews")
    .columns(["user_id", "starts_at"])
    .execute();
  await db.schema
    .createIndex("interviews_application_idx")
    .on("interviews")
    .columns(["user_id", "application_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["interviews", "application_tags", "application_stage_changes", "applications", "companies"]) {
    await db.schema.dropTable(table).execute();
  }
}
