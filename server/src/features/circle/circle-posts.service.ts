import type { Kysely } from "kysely";
import type { CirclePost, CreateCirclePostRequest, UpdateCirclePostRequest } from "../../../../contract/circle.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";

/**
 * Written posts for the circle ("what I learned from this one"). A post is private until it is
 * shared; deleting it makes its share disappear (shares of missing items are skipped on read).
 */
export class CirclePostsService {
  constructor(private readonly db: Kysely<Database>) {}

  private select(userId: string) {
    return this.db
      .selectFrom("circle_posts as p")
      .leftJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "p.application_id").onRef("a.user_id", "=", "p.user_id"),
      )
      .leftJoin("circle_shares as s", (join) =>
        join.onRef("s.item_id", "=", "p.id").onRef("s.user_id", "=", "p.user_id").on("s.item_type", "=", "post"),
      )
      .selectAll("p")
      .select(["a.role_title", "s.id as share_id"])
      .where("p.user_id", "=", userId);
  }

  async list(actor: Actor): Promise<CirclePost[]> {
    const rows = await this.select(actor.userId)
      .orderBy("p.created_at", "desc")
      .orderBy("p.id", "desc")
      .limit(500)
      .execute();
    return rows.map(present);
  }

  async get(actor: Actor, id: string): Promise<CirclePost> {
    const row = await this.select(actor.userId).where("p.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Post");
    return present(row);
  }

  async create(actor: Actor, input: CreateCirclePostRequest): Promise<CirclePost> {
    await this.checkApplication(actor.userId, input.applicationId);
    const now = nowIso();
    const id = newId();
    await this.db
      .insertInto("circle_posts")
      .values({
        id,
        user_id: actor.userId,
        title: input.title,
        body: input.body ?? "",
        application_id: input.applicationId ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateCirclePostRequest): Promise<CirclePost> {
    await this.get(actor, id);
    await this.checkApplication(actor.userId, input.applicationId);
    await this.db
      .updateTable("circle_posts")
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.applicationId !== undefined ? { application_id: input.applicationId } : {}),
        updated_at: nowIso(),
      })
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .execute();
    return this.get(actor, id);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const result = await this.db
      .deleteFrom("circle_posts")
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound("Post");
  }

  private async checkApplication(userId: string, applicationId: string | null | undefined): Promise<void> {
    if (!applicationId) return;
    const found = await this.db
      .selectFrom("applications")
      .select("id")
      .where("user_id", "=", userId)
      .where("id", "=", applicationId)
      .executeTakeFirst();
    if (!found)
      throw badRequest("That application is not one of yours.", [
        { path: "applicationId", message: "unknown application" },
      ]);
  }
}

function present(row: {
  id: string;
  title: string;
  body: string;
  application_id: string | null;
  role_title: string | null;
  share_id: string | null;
  created_at: string;
  updated_at: string;
}): CirclePost {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    applicationId: row.application_id,
    applicationTitle: row.role_title,
    shareId: row.share_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
