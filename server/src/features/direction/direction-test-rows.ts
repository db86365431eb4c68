import type { Kysely } from "kysely";
import type { FeelingWord } from "../../../../contract/debrief-ratings.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { ApplicationStage, InterviewFormat, InterviewKind } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { insertApplication, insertInterview, linkInterviewer } from "../../testing/pipeline-row-factories.ts";

/**
 * Rows for direction-insight tests, written straight to the database: what the insights read
 * (applications with a role family and company, interviews of a kind and format, interviewers,
 * debriefs) without going through the features that own them.
 */

export async function insertRoleFamily(db: Kysely<Database>, userId: string, name: string): Promise<string> {
  const id = newId();
  await db
    .insertInto("role_families")
    .values({ id, user_id: userId, name, position: 0, created_at: nowIso() })
    .execute();
  return id;
}

export async function insertCompany(
  db: Kysely<Database>,
  userId: string,
  name: string,
  sizeBand: string | null = null,
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("companies")
    .values({
      id,
      user_id: userId,
      name,
      website: null,
      size_band: sizeBand,
      industry: null,
      notes: "",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function insertContact(db: Kysely<Database>, userId: string, name: string): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("contacts")
    .values({
      id,
      user_id: userId,
      company_id: null,
      name,
      role_title: null,
      email: null,
      phone: null,
      profile_url: null,
      notes: "",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** An application in `stage`, with a role family, company and tags when given, and its stage history. */
export async function insertDirectionApplication(
  db: Kysely<Database>,
  userId: string,
  options: {
    roleFamilyId?: string | null;
    companyId?: string | null;
    tags?: string[];
    stage?: ApplicationStage;
    /** The stages entered, oldest first; the last is the application's stage. */
    history?: ApplicationStage[];
  } = {},
): Promise<string> {
  const history = options.history ?? [options.stage ?? "interviewing"];
  const stage = history.at(-1) ?? "interviewing";
  const id = await insertApplication(db, userId, { companyId: options.companyId ?? null, tags: options.tags, stage });
  await db
    .updateTable("applications")
    .set({ role_family_id: options.roleFamilyId ?? null })
    .where("id", "=", id)
    .execute();
  await db
    .insertInto("application_stage_changes")
    .values(
      history.map((toStage, index) => ({
        id: newId(),
        user_id: userId,
        application_id: id,
        from_stage: history[index - 1] ?? null,
        to_stage: toStage,
        changed_at: `2026-02-${String(index + 1).padStart(2, "0")}T09:00:00.000Z`,
      })),
    )
    .execute();
  return id;
}

/** An interview (45 minutes) with its interviewers. */
export async function insertDirectionInterview(
  db: Kysely<Database>,
  userId: string,
  applicationId: string,
  options: { startsAt: string; kind?: InterviewKind; format?: InterviewFormat; interviewerIds?: string[] },
): Promise<string> {
  const { interviewerIds, ...interview } = options;
  const id = await insertInterview(db, userId, applicationId, interview);
  for (const contactId of interviewerIds ?? []) await linkInterviewer(db, userId, id, contactId);
  return id;
}

export async function insertDebrief(
  db: Kysely<Database>,
  userId: string,
  interviewId: string,
  ratings: { energy?: number | null; engagement?: number | null; wentWell?: number | null; feelings?: FeelingWord[] },
): Promise<void> {
  const now = nowIso();
  await db
    .insertInto("debriefs")
    .values({
      id: newId(),
      user_id: userId,
      interview_id: interviewId,
      energy: ratings.energy ?? null,
      engagement: ratings.engagement ?? null,
      went_well: ratings.wentWell ?? null,
      flow: null,
      feelings: JSON.stringify(ratings.feelings ?? []),
      learning_goal_met: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}
