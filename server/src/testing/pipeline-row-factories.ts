import type { Kysely } from "kysely";
import { newId, nowIso } from "../db/ids.ts";
import type { ApplicationStage, InterviewFormat, InterviewKind } from "../db/schema/pipeline.ts";
import type { Database } from "../db/schema.ts";
import { buildSearchText } from "../features/applications/search-text.ts";

/**
 * Rows written straight to the database for tests of features that read applications and
 * interviews without owning them (companies, contacts). Each factory takes overrides and
 * returns the id it made.
 */

export async function insertApplication(
  db: Kysely<Database>,
  userId: string,
  overrides: {
    companyId?: string | null;
    companyName?: string | null;
    roleTitle?: string;
    stage?: ApplicationStage;
    appliedOn?: string | null;
    location?: string | null;
    source?: string | null;
    notes?: string;
    tags?: string[];
  } = {},
): Promise<string> {
  const id = newId();
  const now = nowIso();
  const roleTitle = overrides.roleTitle ?? "Product Designer";
  const tags = overrides.tags ?? [];
  await db
    .insertInto("applications")
    .values({
      id,
      user_id: userId,
      company_id: overrides.companyId ?? null,
      role_title: roleTitle,
      role_family_id: null,
      job_url: null,
      location: overrides.location ?? null,
      work_mode: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      source: overrides.source ?? null,
      excitement: null,
      found_on: null,
      applied_on: overrides.appliedOn ?? null,
      closed_on: null,
      notes: overrides.notes ?? "",
      stage: overrides.stage ?? "applied",
      stage_changed_at: now,
      search_text: buildSearchText({
        roleTitle,
        companyName: overrides.companyName,
        location: overrides.location,
        source: overrides.source,
        tags,
        notes: overrides.notes,
      }),
      created_at: now,
      updated_at: now,
    })
    .execute();
  if (tags.length > 0) {
    await db
      .insertInto("application_tags")
      .values(tags.map((tag) => ({ user_id: userId, application_id: id, tag })))
      .execute();
  }
  return id;
}

export async function insertInterview(
  db: Kysely<Database>,
  userId: string,
  applicationId: string,
  overrides: { roundName?: string; startsAt?: string; kind?: InterviewKind; format?: InterviewFormat } = {},
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("interviews")
    .values({
      id,
      user_id: userId,
      application_id: applicationId,
      round_name: overrides.roundName ?? "Hiring manager chat",
      kind: overrides.kind ?? "hiring_manager",
      starts_at: overrides.startsAt ?? "2026-03-02T13:00:00.000Z",
      duration_minutes: 45,
      time_zone: "Europe/Berlin",
      format: overrides.format ?? "video",
      location: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function linkContactToApplication(
  db: Kysely<Database>,
  userId: string,
  applicationId: string,
  contactId: string,
): Promise<void> {
  await db
    .insertInto("application_contacts")
    .values({ user_id: userId, application_id: applicationId, contact_id: contactId })
    .execute();
}

export async function linkInterviewer(
  db: Kysely<Database>,
  userId: string,
  interviewId: string,
  contactId: string,
): Promise<void> {
  await db
    .insertInto("interview_interviewers")
    .values({ user_id: userId, interview_id: interviewId, contact_id: contactId })
    .execute();
}
