import type { Kysely, Selectable } from "kysely";
import type { ApplicationsTable } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";

export type ExportApplicationRow = Selectable<ApplicationsTable> & {
  company_name: string | null;
  role_family_name: string | null;
};

/** The SQL of exporting: one user's applications with their company, role family, tags and history. */
export class ExportRepo {
  constructor(private readonly db: Kysely<Database>) {}

  applications(userId: string): Promise<ExportApplicationRow[]> {
    return this.db
      .selectFrom("applications as a")
      .leftJoin("companies as c", (join) =>
        join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "a.user_id"),
      )
      .leftJoin("role_families as rf", (join) =>
        join.onRef("rf.id", "=", "a.role_family_id").onRef("rf.user_id", "=", "a.user_id"),
      )
      .selectAll("a")
      .select(["c.name as company_name", "rf.name as role_family_name"])
      .where("a.user_id", "=", userId)
      .orderBy("a.created_at")
      .orderBy("a.id")
      .execute();
  }

  tags(userId: string): Promise<{ application_id: string; tag: string }[]> {
    return this.db
      .selectFrom("application_tags")
      .select(["application_id", "tag"])
      .where("user_id", "=", userId)
      .orderBy("application_id")
      .orderBy("tag")
      .execute();
  }

  stageChanges(userId: string) {
    return this.db
      .selectFrom("application_stage_changes")
      .select(["application_id", "from_stage", "to_stage", "changed_at"])
      .where("user_id", "=", userId)
      .orderBy("application_id")
      .orderBy("changed_at")
      .orderBy("id")
      .execute();
  }

  interviews(userId: string) {
    return this.db
      .selectFrom("interviews")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("application_id")
      .orderBy("starts_at")
      .orderBy("id")
      .execute();
  }

  interviewers(userId: string) {
    return this.db
      .selectFrom("interview_interviewers as l")
      .innerJoin("contacts as p", (join) => join.onRef("p.id", "=", "l.contact_id").on("p.user_id", "=", userId))
      .select(["l.interview_id", "p.id", "p.name"])
      .where("l.user_id", "=", userId)
      .orderBy("p.name")
      .execute();
  }
}
