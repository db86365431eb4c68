import { expect } from "vitest";
import type { Db, DialectName } from "../db/database.ts";
import { buildSearchText } from "../features/applications/search-text.ts";
import { createServices, type Services } from "../services.ts";
import { createTestDatabase } from "../testing/test-database.ts";

/** A fresh database of the dialect and the services the seeds run through. */
export async function openSeedTarget(dialect: DialectName): Promise<{ db: Db; services: Services }> {
  const db = await createTestDatabase(dialect);
  return { db, services: createServices(db, { publicUrl: "http://127.0.0.1:4100" }) };
}

/** The fixed "now" the seeds are placed around. */
export const now = new Date("2025-03-10T12:00:00.000Z");
export const dayMs = 86_400_000;
let sequence = 0;
/** A fresh address for each seeded demo account. */
export const demoEmail = () => `demo${++sequence}-${Date.now().toString(36)}@example.test`;

/** Everything one user owns in the pipeline tables, read straight from the database. */
export async function pipelineOf(db: Db, userId: string) {
  const k = db.kysely;
  return {
    applications: await k.selectFrom("applications").selectAll().where("user_id", "=", userId).execute(),
    changes: await k
      .selectFrom("application_stage_changes")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("changed_at")
      .orderBy("id")
      .execute(),
    interviews: await k.selectFrom("interviews").selectAll().where("user_id", "=", userId).execute(),
    tags: await k.selectFrom("application_tags").selectAll().where("user_id", "=", userId).execute(),
    companies: await k.selectFrom("companies").selectAll().where("user_id", "=", userId).execute(),
    contacts: await k.selectFrom("contacts").selectAll().where("user_id", "=", userId).execute(),
    applicationContacts: await k.selectFrom("application_contacts").selectAll().where("user_id", "=", userId).execute(),
    interviewers: await k.selectFrom("interview_interviewers").selectAll().where("user_id", "=", userId).execute(),
    tasks: await k.selectFrom("tasks").selectAll().where("user_id", "=", userId).execute(),
    notes: await k.selectFrom("application_notes").selectAll().where("user_id", "=", userId).execute(),
    debriefs: await k.selectFrom("debriefs").selectAll().where("user_id", "=", userId).execute(),
  };
}

export type Pipeline = Awaited<ReturnType<typeof pipelineOf>>;

/** Each application's search text must be what the Pipeline feature would write for it. */
export function expectSearchTextsUpToDate({ applications, companies, tags }: Pipeline) {
  for (const app of applications) {
    const expected = buildSearchText({
      roleTitle: app.role_title,
      companyName: companies.find((company) => company.id === app.company_id)?.name,
      location: app.location,
      source: app.source,
      tags: tags
        .filter((tag) => tag.application_id === app.id)
        .map((tag) => tag.tag)
        .sort(),
      notes: app.notes,
    });
    expect(app.search_text).toBe(expected);
  }
}

/** The id of the account with this email. */
export async function userIdOf(db: Db, email: string): Promise<string> {
  const row = await db.kysely.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return row.id;
}
