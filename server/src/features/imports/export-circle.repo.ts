import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** The seeker's support circle in the JSON export. */
export interface CircleExport {
  /** Names and roles only: a member's email address is theirs, not the seeker's to carry around. */
  members: {
    id: string;
    name: string;
    role: string;
    canSeePipeline: boolean;
    joinedAt: string;
    revokedAt: string | null;
  }[];
  posts: {
    id: string;
    title: string;
    body: string;
    applicationId: string | null;
    createdAt: string;
    updatedAt: string;
  }[];
  shares: {
    id: string;
    itemType: string;
    itemId: string | null;
    audience: string;
    memberIds: string[];
    note: string;
    createdAt: string;
    updatedAt: string;
  }[];
  /** Replies on the seeker's shares, whoever wrote them; removed ones without their text. */
  replies: {
    id: string;
    shareId: string;
    parentId: string | null;
    authorName: string;
    body: string;
    createdAt: string;
    editedAt: string | null;
    deleted: boolean;
  }[];
}

/** Everything of the seeker's circle, oldest first: members, posts, shares and the replies on them. */
export async function exportCircle(db: Kysely<Database>, userId: string): Promise<CircleExport> {
  const [members, posts, shares, chosen, replies] = await Promise.all([
    db
      .selectFrom("circle_members as m")
      .innerJoin("users as u", "u.id", "m.member_user_id")
      .select(["m.id", "u.display_name", "m.role", "m.can_see_pipeline", "m.joined_at", "m.revoked_at"])
      .where("m.user_id", "=", userId)
      .orderBy("m.joined_at")
      .execute(),
    db.selectFrom("circle_posts").selectAll().where("user_id", "=", userId).orderBy("created_at").execute(),
    db.selectFrom("circle_shares").selectAll().where("user_id", "=", userId).orderBy("created_at").execute(),
    db
      .selectFrom("circle_share_members as sm")
      .innerJoin("circle_shares as s", "s.id", "sm.share_id")
      .select(["sm.share_id", "sm.member_id"])
      .where("s.user_id", "=", userId)
      .execute(),
    db
      .selectFrom("circle_replies as r")
      .innerJoin("users as u", "u.id", "r.author_user_id")
      .selectAll("r")
      .select("u.display_name")
      .where("r.seeker_user_id", "=", userId)
      .orderBy("r.created_at")
      .execute(),
  ]);
  return {
    members: members.map((row) => ({
      id: row.id,
      name: row.display_name,
      role: row.role,
      canSeePipeline: Number(row.can_see_pipeline) === 1,
      joinedAt: row.joined_at,
      revokedAt: row.revoked_at,
    })),
    posts: posts.map((row) => ({
      id: row.id,
      title: row.title,
      body: row.body,
      applicationId: row.application_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    shares: shares.map((row) => ({
      id: row.id,
      itemType: row.item_type,
      itemId: row.item_id,
      audience: row.audience,
      memberIds: chosen.filter((link) => link.share_id === row.id).map((link) => link.member_id),
      note: row.note,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
    replies: replies.map((row) => ({
      id: row.id,
      shareId: row.share_id,
      parentId: row.parent_id,
      authorName: row.display_name,
      body: row.deleted_at ? "" : row.body,
      createdAt: row.created_at,
      editedAt: row.edited_at,
      deleted: row.deleted_at !== null,
    })),
  };
}
