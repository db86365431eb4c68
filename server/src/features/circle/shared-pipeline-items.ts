import type { Kysely } from "kysely";
import { stageLabels } from "../../../../contract/applications.ts";
import type { Database } from "../../db/schema.ts";
import { presentDebrief } from "../debriefs/debriefs.presenter.ts";
import { excerptOf, type ItemLoader, roleAt } from "./shared-item-text.ts";

// Presenters for the pipeline's shareable items. Each selects only what the circle may see:
// never salary, notes, contacts, email addresses or prep.

function applicationRow(db: Kysely<Database>, seekerId: string, applicationId: string) {
  return db
    .selectFrom("applications as a")
    .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "a.user_id"))
    .select(["a.id", "a.role_title", "a.stage", "a.applied_on", "c.name as company_name"])
    .where("a.user_id", "=", seekerId)
    .where("a.id", "=", applicationId)
    .executeTakeFirst();
}

/** An application's story: role, company, stage and the stage timeline. */
export const loadApplication: ItemLoader = async (db, seekerId, itemId) => {
  if (!itemId) return undefined;
  const row = await applicationRow(db, seekerId, itemId);
  if (!row) return undefined;
  const changes = await db
    .selectFrom("application_stage_changes")
    .select(["to_stage", "changed_at"])
    .where("user_id", "=", seekerId)
    .where("application_id", "=", itemId)
    .orderBy("changed_at")
    .orderBy("id")
    .execute();
  return {
    title: roleAt(row.role_title, row.company_name),
    excerpt: stageLabels[row.stage],
    item: {
      itemType: "application",
      roleTitle: row.role_title,
      companyName: row.company_name,
      stage: row.stage,
      appliedOn: row.applied_on,
      timeline: changes.map((change) => ({ stage: change.to_stage, at: change.changed_at })),
    },
  };
};

/** A debrief: ratings, feelings, AEIOU notes and what to do differently (no prep, no notes). */
export const loadDebrief: ItemLoader = async (db, seekerId, itemId) => {
  if (!itemId) return undefined;
  const row = await db
    .selectFrom("debriefs as d")
    .innerJoin("interviews as i", (join) =>
      join.onRef("i.id", "=", "d.interview_id").onRef("i.user_id", "=", "d.user_id"),
    )
    .innerJoin("applications as a", (join) =>
      join.onRef("a.id", "=", "i.application_id").onRef("a.user_id", "=", "d.user_id"),
    )
    .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "a.user_id"))
    .selectAll("d")
    .select(["i.application_id", "i.round_name", "i.starts_at", "a.role_title", "c.name as company_name"])
    .where("d.user_id", "=", seekerId)
    .where("d.id", "=", itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  const debrief = presentDebrief(row);
  return {
    title: `Debrief: ${row.round_name} — ${roleAt(row.role_title, row.company_name)}`,
    excerpt: excerptOf(debrief.doDifferently),
    item: {
      itemType: "debrief",
      roleTitle: row.role_title,
      companyName: row.company_name,
      roundName: row.round_name,
      startsAt: row.starts_at,
      energy: debrief.energy,
      engagement: debrief.engagement,
      flow: debrief.flow,
      wentWell: debrief.wentWell,
      feelings: debrief.feelings,
      ownFeelings: debrief.ownFeelings,
      aeiou: debrief.aeiou,
      doDifferently: debrief.doDifferently,
    },
  };
};

/** A soft landing (addressed by its application's id): only the reflection fields. */
export const loadSoftLanding: ItemLoader = async (db, seekerId, itemId) => {
  if (!itemId) return undefined;
  const application = await applicationRow(db, seekerId, itemId);
  const row = await db
    .selectFrom("soft_landings")
    .select(["feeling", "feeling_words", "what_i_learned", "plan_for_me"])
    .where("user_id", "=", seekerId)
    .where("application_id", "=", itemId)
    .executeTakeFirst();
  if (!application || !row) return undefined;
  return {
    title: `Soft landing: ${roleAt(application.role_title, application.company_name)}`,
    excerpt: excerptOf(row.what_i_learned),
    item: {
      itemType: "soft_landing",
      roleTitle: application.role_title,
      companyName: application.company_name,
      feeling: row.feeling,
      feelingWords: row.feeling_words,
      whatILearned: row.what_i_learned,
      planForMe: row.plan_for_me,
    },
  };
};

/** The growth plan: its action items' titles, status and dates (not their private notes). */
export const loadGrowthPlan: ItemLoader = async (db, seekerId) => {
  const rows = await db
    .selectFrom("action_items")
    .select(["id", "title", "status", "target_date", "done_at"])
    .where("user_id", "=", seekerId)
    .orderBy("created_at")
    .orderBy("id")
    .limit(500)
    .execute();
  const done = rows.filter((row) => row.status === "done").length;
  return {
    title: "Growth plan",
    excerpt: `${rows.length} ${rows.length === 1 ? "step" : "steps"}, ${done} done`,
    item: {
      itemType: "growth_plan",
      items: rows.map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        targetDate: row.target_date,
        doneAt: row.done_at,
      })),
    },
  };
};
