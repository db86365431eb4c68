import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { buildSearchText } from "../applications/search-text.ts";

const chunkSize = 500;

/**
 * Recomputes applications.search_text for the given applications of one user, from what is in
 * the database inside `trx` (title, company name, location, source, tags, notes). Used when a
 * change elsewhere — a company renamed or deleted — alters what an application is found by.
 */
export async function refreshApplicationSearchText(
  trx: Transaction<Database>,
  userId: string,
  applicationIds: readonly string[],
): Promise<void> {
  for (let start = 0; start < applicationIds.length; start += chunkSize) {
    const ids = applicationIds.slice(start, start + chunkSize);
    const applications = await trx
      .selectFrom("applications as a")
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .select(["a.id", "a.role_title", "a.location", "a.source", "a.notes", "c.name as company_name"])
      .where("a.user_id", "=", userId)
      .where("a.id", "in", ids)
      .execute();
    const tags = await trx
      .selectFrom("application_tags")
      .select(["application_id", "tag"])
      .where("user_id", "=", userId)
      .where("application_id", "in", ids)
      .orderBy("tag")
      .execute();
    const tagsOf = new Map<string, string[]>();
    for (const { application_id, tag } of tags)
      tagsOf.set(application_id, [...(tagsOf.get(application_id) ?? []), tag]);
    for (const application of applications) {
      const searchText = buildSearchText({
        roleTitle: application.role_title,
        companyName: application.company_name,
        location: application.location,
        source: application.source,
        tags: tagsOf.get(application.id) ?? [],
        notes: application.notes,
      });
      await trx
        .updateTable("applications")
        .set({ search_text: searchText })
        .where("user_id", "=", userId)
        .where("id", "=", application.id)
        .execute();
    }
  }
}
