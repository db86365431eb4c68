import type { Kysely } from "kysely";
import { type ShareableItem, type ShareItemType, shareItemTypes } from "../../../../contract/circle.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../auth/actor.ts";
import { excerptOf, roleAt } from "./shared-item-text.ts";

/** The picker shows this many of each type, newest first. */
const perType = 200;

type Listed = { itemId: string | null; title: string; createdAt: string };
type Lister = (db: Kysely<Database>, userId: string) => Promise<Listed[]>;

const applicationsWithCompany = (db: Kysely<Database>, userId: string) =>
  db
    .selectFrom("applications as a")
    .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "a.user_id"))
    .where("a.user_id", "=", userId);

// Titles match the shared views' titles (shared-pipeline-items.ts, shared-private-items.ts).
const listers: Record<ShareItemType, Lister> = {
  application: async (db, userId) =>
    (
      await applicationsWithCompany(db, userId)
        .select(["a.id", "a.role_title", "a.created_at", "c.name as company_name"])
        .orderBy("a.created_at", "desc")
        .limit(perType)
        .execute()
    ).map((row) => ({ itemId: row.id, title: roleAt(row.role_title, row.company_name), createdAt: row.created_at })),
  debrief: async (db, userId) =>
    (
      await applicationsWithCompany(db, userId)
        .innerJoin("interviews as i", (join) =>
          join.onRef("i.application_id", "=", "a.id").onRef("i.user_id", "=", "a.user_id"),
        )
        .innerJoin("debriefs as d", (join) =>
          join.onRef("d.interview_id", "=", "i.id").onRef("d.user_id", "=", "a.user_id"),
        )
        .select(["d.id", "d.created_at", "i.round_name", "a.role_title", "c.name as company_name"])
        .orderBy("d.created_at", "desc")
        .limit(perType)
        .execute()
    ).map((row) => ({
      itemId: row.id,
      title: `Debrief: ${row.round_name} — ${roleAt(row.role_title, row.company_name)}`,
      createdAt: row.created_at,
    })),
  soft_landing: async (db, userId) =>
    (
      await applicationsWithCompany(db, userId)
        .innerJoin("soft_landings as s", (join) =>
          join.onRef("s.application_id", "=", "a.id").onRef("s.user_id", "=", "a.user_id"),
        )
        .select(["a.id", "s.created_at", "a.role_title", "c.name as company_name"])
        .orderBy("s.created_at", "desc")
        .limit(perType)
        .execute()
    ).map((row) => ({
      itemId: row.id,
      title: `Soft landing: ${roleAt(row.role_title, row.company_name)}`,
      createdAt: row.created_at,
    })),
  growth_plan: async () => [{ itemId: null, title: "Growth plan", createdAt: "" }],
  post: async (db, userId) =>
    (
      await db
        .selectFrom("circle_posts")
        .select(["id", "title", "created_at"])
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .limit(perType)
        .execute()
    ).map((row) => ({ itemId: row.id, title: row.title, createdAt: row.created_at })),
  thought_record: async (db, userId) =>
    (
      await db
        .selectFrom("thought_records")
        .select(["id", "situation", "created_at"])
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .limit(perType)
        .execute()
    ).map((row) => ({
      itemId: row.id,
      title: `Thought record, ${row.created_at.slice(0, 10)}${row.situation ? `: ${excerptOf(row.situation, 60)}` : ""}`,
      createdAt: row.created_at,
    })),
  writing_session: async (db, userId) =>
    (
      await db
        .selectFrom("writing_sessions")
        .select(["id", "created_at"])
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .limit(perType)
        .execute()
    ).map((row) => ({ itemId: row.id, title: `Writing, ${row.created_at.slice(0, 10)}`, createdAt: row.created_at })),
  check_in: async (db, userId) =>
    (
      await db
        .selectFrom("check_ins")
        .select(["id", "day", "created_at"])
        .where("user_id", "=", userId)
        .orderBy("day", "desc")
        .limit(perType)
        .execute()
    ).map((row) => ({ itemId: row.id, title: `Check-in, ${row.day}`, createdAt: row.created_at })),
};

/** The seeker's items of one type (or all types), with the share each already has, for the picker. */
export async function listShareable(
  db: Kysely<Database>,
  actor: Actor,
  itemType: ShareItemType | undefined,
): Promise<ShareableItem[]> {
  const types = itemType ? [itemType] : shareItemTypes;
  const shares = await db
    .selectFrom("circle_shares")
    .select(["id", "item_type", "item_id"])
    .where("user_id", "=", actor.userId)
    .execute();
  const shareOf = new Map(shares.map((share) => [`${share.item_type}:${share.item_id ?? ""}`, share.id]));
  const items: ShareableItem[] = [];
  for (const type of types) {
    for (const listed of await listers[type](db, actor.userId)) {
      items.push({ itemType: type, ...listed, shareId: shareOf.get(`${type}:${listed.itemId ?? ""}`) ?? null });
    }
  }
  return items;
}
