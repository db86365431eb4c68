import { presentThoughtRecord } from "../journal/thought-records.service.ts";
import { excerptOf, type ItemLoader } from "./shared-item-text.ts";

// Presenters for written posts and the private journal types (shared only one by one, after
// the seeker confirmed the warning): their content, without links into the pipeline.

/** A written post: title and Markdown body, and the role it is about. */
export const loadPost: ItemLoader = async (db, seekerId, itemId) => {
  if (!itemId) return undefined;
  const row = await db
    .selectFrom("circle_posts as p")
    .leftJoin("applications as a", (join) =>
      join.onRef("a.id", "=", "p.application_id").onRef("a.user_id", "=", "p.user_id"),
    )
    .select(["p.title", "p.body", "a.role_title"])
    .where("p.user_id", "=", seekerId)
    .where("p.id", "=", itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: row.title,
    excerpt: excerptOf(row.body),
    item: { itemType: "post", title: row.title, body: row.body, applicationTitle: row.role_title },
  };
};

export const loadThoughtRecord: ItemLoader = async (db, seekerId, itemId) => {
  if (!itemId) return undefined;
  const row = await db
    .selectFrom("thought_records")
    .selectAll()
    .where("user_id", "=", seekerId)
    .where("id", "=", itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  const record = presentThoughtRecord(row);
  return {
    title: `Thought record, ${record.createdAt.slice(0, 10)}`,
    excerpt: excerptOf(record.balancedThought || record.reframe || record.situation),
    item: {
      itemType: "thought_record",
      situation: record.situation,
      moods: record.moods,
      automaticThoughts: record.automaticThoughts,
      evidenceFor: record.evidenceFor,
      evidenceAgainst: record.evidenceAgainst,
      balancedThought: record.balancedThought,
      balancedBelief: record.balancedBelief,
      thinkingTraps: record.thinkingTraps,
      reframe: record.reframe,
      createdAt: record.createdAt,
    },
  };
};

export const loadWritingSession: ItemLoader = async (db, seekerId, itemId) => {
  if (!itemId) return undefined;
  const row = await db
    .selectFrom("writing_sessions")
    .select(["body", "minutes", "created_at"])
    .where("user_id", "=", seekerId)
    .where("id", "=", itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: `Writing, ${row.created_at.slice(0, 10)}`,
    excerpt: excerptOf(row.body),
    item: { itemType: "writing_session", body: row.body, minutes: row.minutes, createdAt: row.created_at },
  };
};

export const loadCheckIn: ItemLoader = async (db, seekerId, itemId) => {
  if (!itemId) return undefined;
  const row = await db
    .selectFrom("check_ins")
    .select(["day", "pleasantness", "energy", "note"])
    .where("user_id", "=", seekerId)
    .where("id", "=", itemId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    title: `Check-in, ${row.day}`,
    excerpt: excerptOf(row.note),
    item: { itemType: "check_in", day: row.day, pleasantness: row.pleasantness, energy: row.energy, note: row.note },
  };
};
