import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { badRequest } from "../../errors.ts";

/** True when the application exists and belongs to the user. */
export async function ownsApplication(db: Kysely<Database>, userId: string, applicationId: string): Promise<boolean> {
  const row = await db
    .selectFrom("applications")
    .select("id")
    .where("user_id", "=", userId)
    .where("id", "=", applicationId)
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Checks the ids a body links to (an application, a feedback item) belong to the user; another
 * user's id reads as unknown, named by its field, exactly like an id that never existed.
 */
export async function checkLinks(
  db: Kysely<Database>,
  userId: string,
  links: { applicationId?: string | null; feedbackItemId?: string | null },
): Promise<void> {
  if (links.applicationId && !(await ownsApplication(db, userId, links.applicationId))) {
    throw badRequest("That application was not found.", [{ path: "applicationId", message: "no such application" }]);
  }
  if (links.feedbackItemId) {
    const item = await db
      .selectFrom("feedback_items")
      .select("id")
      .where("user_id", "=", userId)
      .where("id", "=", links.feedbackItemId)
      .executeTakeFirst();
    if (!item) {
      throw badRequest("That feedback item was not found.", [
        { path: "feedbackItemId", message: "no such feedback item" },
      ]);
    }
  }
}
