import { type Expression, type Kysely, type Selectable, type SqlBool, sql } from "kysely";
import type { ApplicationListQuery } from "../../../../contract/applications.ts";
import { applicationStages } from "../../../../contract/applications.ts";
import type { ApplicationStage, ApplicationsTable } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { type CursorValue, decodeCursor, encodeCursor } from "../pipeline/cursor.ts";
import { normaliseSearchTerm } from "./search-text.ts";

export type ApplicationRow = Selectable<ApplicationsTable>;

/** An application with the names the API shows beside its ids. */
export interface ApplicationView extends ApplicationRow {
  company_name: string | null;
  role_family_name: string | null;
  tags: string[];
}

type Filters = Omit<ApplicationListQuery, "sort" | "order" | "limit" | "cursor">;

// Stage order for sorting by stage: the board's left-to-right order. Built from our own enum,
// so inlining it as raw SQL is safe.
const stageOrderSql = sql.raw(
  `case a.stage ${applicationStages.map((stage, index) => `when '${stage}' then ${index}`).join(" ")} else 99 end`,
);

/** The SQL each sort uses; nulls fold to a value so keyset comparisons stay total. */
const sortExpressions = {
  updated: sql<string>`a.updated_at`,
  created: sql<string>`a.created_at`,
  applied: sql<string>`coalesce(a.applied_on, '')`,
  title: sql<string>`lower(a.role_title)`,
  company: sql<string>`coalesce(lower(c.name), '')`,
  excitement: sql<number>`coalesce(a.excitement, 0)`,
  stage: sql<number>`${stageOrderSql}`,
} as const;

type SortKey = keyof typeof sortExpressions;

/** The value of a row for the sort, computed the same way the SQL does (for the next cursor). */
function sortValueOf(sort: SortKey, view: ApplicationView): CursorValue {
  switch (sort) {
    case "updated":
      return view.updated_at;
    case "created":
      return view.created_at;
    case "applied":
      return view.applied_on ?? "";
    case "title":
      return view.role_title.toLowerCase();
    case "company":
      return view.company_name?.toLowerCase() ?? "";
    case "excitement":
      return view.excitement ?? 0;
    case "stage":
      return applicationStages.indexOf(view.stage);
  }
}

/** Applications, their tags, stage history and contact links; every query scoped by owner. */
export class ApplicationsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private baseQuery(userId: string) {
    return this.db
      .selectFrom("applications as a")
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .leftJoin("role_families as rf", (join) =>
        join.onRef("rf.id", "=", "a.role_family_id").on("rf.user_id", "=", userId),
      )
      .where("a.user_id", "=", userId);
  }

  private withView<T extends ReturnType<ApplicationsRepo["baseQuery"]>>(query: T) {
    return query.selectAll("a").select(["c.name as company_name", "rf.name as role_family_name"]);
  }

  async findView(userId: string, id: string): Promise<ApplicationView | undefined> {
    const row = await this.withView(this.baseQuery(userId)).where("a.id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const tags = await this.tagsFor(userId, [id]);
    return { ...row, tags: tags.get(id) ?? [] };
  }

  async find(userId: string, id: string): Promise<ApplicationRow | undefined> {
    return this.db
      .selectFrom("applications")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  /** One page of the table, plus the total that matches the filters. */
  async list(
    userId: string,
    query: ApplicationListQuery,
  ): Promise<{ items: ApplicationView[]; nextCursor: string | null; total: number }> {
    const sortExpression = sortExpressions[query.sort];
    const filtered = this.applyFilters(this.baseQuery(userId), userId, query);
    let page = this.withView(filtered);
    if (query.cursor) {
      const { value, id } = decodeCursor(query.cursor);
      const op = query.order === "asc" ? ">" : "<";
      page = page.where((eb) =>
        eb.or([eb(sortExpression, op, value), eb.and([eb(sortExpression, "=", value), eb("a.id", op, id)])]),
      );
    }
    const rows = await page
      .orderBy(sortExpression, query.order)
      .orderBy("a.id", query.order)
      .limit(query.limit + 1)
      .execute();
    const totalRow = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();

    const hasMore = rows.length > query.limit;
    const pageRows = hasMore ? rows.slice(0, query.limit) : rows;
    const tags = await this.tagsFor(
      userId,
      pageRows.map((row) => row.id),
    );
    const items = pageRows.map((row) => ({ ...row, tags: tags.get(row.id) ?? [] }));
    const last = items.at(-1);
    return {
      items,
      nextCursor: hasMore && last ? encodeCursor(sortValueOf(query.sort, last), last.id) : null,
      total: Number(totalRow.n),
    };
  }

  private applyFilters<T extends ReturnType<ApplicationsRepo["baseQuery"]>>(
    query: T,
    userId: string,
    filters: Filters,
  ): T {
    let result = query;
    if (filters.stage?.length) result = result.where("a.stage", "in", filters.stage) as T;
    if (filters.roleFamilyId) result = result.where("a.role_family_id", "=", filters.roleFamilyId) as T;
    if (filters.companyId) result = result.where("a.company_id", "=", filters.companyId) as T;
    if (filters.appliedFrom) result = result.where("a.applied_on", ">=", filters.appliedFrom) as T;
    if (filters.appliedTo) result = result.where("a.applied_on", "<=", filters.appliedTo) as T;
    if (filters.tag) result = result.where(hasTag(userId, filters.tag)) as T;
    if (filters.q) {
      const term = normaliseSearchTerm(filters.q);
      if (term) result = result.where(searchMatches(term)) as T;
    }
    return result;
  }

  /** The tags of the given applications (all of the user's when `applicationIds` is omitted). */
  async tagsFor(userId: string, applicationIds?: string[]): Promise<Map<string, string[]>> {
    if (applicationIds?.length === 0) return new Map();
    let query = this.db.selectFrom("application_tags").select(["application_id", "tag"]).where("user_id", "=", userId);
    if (applicationIds) query = query.where("application_id", "in", applicationIds);
    const byApplication = new Map<string, string[]>();
    for (const row of await query.execute()) {
      const list = byApplication.get(row.application_id);
      if (list) list.push(row.tag);
      else byApplication.set(row.application_id, [row.tag]);
    }
    for (const list of byApplication.values()) list.sort(compareTags);
    return byApplication;
  }

  async allTags(userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("application_tags")
      .select("tag")
      .distinct()
      .where("user_id", "=", userId)
      .execute();
    return rows.map((row) => row.tag).sort(compareTags);
  }

  async insert(row: ApplicationRow): Promise<void> {
    await this.db.insertInto("applications").values(row).execute();
  }

  async update(userId: string, id: string, changes: Partial<ApplicationRow>): Promise<void> {
    await this.db.updateTable("applications").set(changes).where("user_id", "=", userId).where("id", "=", id).execute();
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("applications")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async replaceTags(userId: string, applicationId: string, tags: string[]): Promise<void> {
    await this.db
      .deleteFrom("application_tags")
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .execute();
    if (tags.length === 0) return;
    await this.db
      .insertInto("application_tags")
      .values(tags.map((tag) => ({ user_id: userId, application_id: applicationId, tag })))
      .execute();
  }

  async replaceContacts(userId: string, applicationId: string, contactIds: string[]): Promise<void> {
    await this.db
      .deleteFrom("application_contacts")
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .execute();
    if (contactIds.length === 0) return;
    await this.db
      .insertInto("application_contacts")
      .values(
        contactIds.map((contactId) => ({ user_id: userId, application_id: applicationId, contact_id: contactId })),
      )
      .execute();
  }

  async recordStageChange(row: {
    id: string;
    user_id: string;
    application_id: string;
    from_stage: ApplicationStage | null;
    to_stage: ApplicationStage;
    changed_at: string;
  }): Promise<void> {
    await this.db.insertInto("application_stage_changes").values(row).execute();
  }

  async backdateStageChange(userId: string, id: string, changedAt: string): Promise<void> {
    await this.db
      .updateTable("application_stage_changes")
      .set({ changed_at: changedAt })
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .execute();
  }

  stageHistory(userId: string, applicationId: string) {
    return this.db
      .selectFrom("application_stage_changes")
      .selectAll()
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .orderBy("changed_at")
      .orderBy("id")
      .execute();
  }

  /** Of the given ids, those that are this user's contacts. */
  async ownedContactIds(userId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom("contacts")
      .select("id")
      .where("user_id", "=", userId)
      .where("id", "in", ids)
      .execute();
    return new Set(rows.map((row) => row.id));
  }

  async ownsRoleFamily(userId: string, id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("role_families")
      .select("id")
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
    return Boolean(row);
  }

  async companyName(userId: string, companyId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom("companies")
      .select("name")
      .where("user_id", "=", userId)
      .where("id", "=", companyId)
      .executeTakeFirst();
    return row?.name;
  }
}

/** Full-text match over the folded search column; the term is matched literally. */
export function searchMatches(term: string): Expression<SqlBool> {
  const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return sql<SqlBool>`a.search_text like ${pattern} escape '\\'`;
}

/** Tags read alphabetically whatever their case, the same on both dialects' collations. */
export const compareTags = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" });

/** The application (aliased `a`) carries the tag, compared case-insensitively. */
export function hasTag(userId: string, tag: string): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from application_tags t where t.user_id = ${userId} and t.application_id = a.id and lower(t.tag) = ${tag.toLowerCase()})`;
}
