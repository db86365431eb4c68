import type { Kysely, Selectable } from "kysely";
import type {
  CreateReadingItemRequest,
  ReadingContext,
  ReadingItem,
  ReadingListQuery,
  UpdateReadingItemRequest,
} from "../../../../contract/reading.ts";
import { newId } from "../../db/ids.ts";
import type { ReadingItemsTable } from "../../db/schema/strengths-reading.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";

type ReadingRow = Selectable<ReadingItemsTable>;

function parseList(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** Tags keep their first spelling; the same tag twice (ignoring case) counts once. */
function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function presentReadingItem(row: ReadingRow): ReadingItem {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: row.source,
    tags: parseList(row.tags),
    contexts: parseList(row.contexts) as ReadingContext[],
    whyItHelped: row.why_it_helped,
    read: Number(row.read) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The reading list. Tags and contexts are small JSON arrays filtered in memory after the scoped
 * query (a personal list holds at most a few hundred items), identically on both dialects.
 */
export class ReadingService {
  constructor(private readonly db: Kysely<Database>) {}

  private findRow(userId: string, id: string): Promise<ReadingRow | undefined> {
    return this.db
      .selectFrom("reading_items")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async get(actor: Actor, id: string): Promise<ReadingItem> {
    const row = await this.findRow(actor.userId, id);
    if (!row) throw notFound("Reading item");
    return presentReadingItem(row);
  }

  /** Unread first, then newest first. */
  async list(actor: Actor, query: ReadingListQuery): Promise<ReadingItem[]> {
    let select = this.db.selectFrom("reading_items").selectAll().where("user_id", "=", actor.userId);
    if (query.status) select = select.where("read", "=", query.status === "read" ? 1 : 0);
    const rows = await select.orderBy("read").orderBy("created_at", "desc").orderBy("id", "desc").limit(1000).execute();
    const tag = query.tag?.toLowerCase();
    return rows
      .map(presentReadingItem)
      .filter((item) => !tag || item.tags.some((candidate) => candidate.toLowerCase() === tag))
      .filter((item) => !query.context || item.contexts.includes(query.context));
  }

  /** Unread items suggested in a context, at most three. */
  async suggestions(actor: Actor, context: ReadingContext): Promise<ReadingItem[]> {
    return (await this.list(actor, { status: "unread", context })).slice(0, 3);
  }

  async create(actor: Actor, input: CreateReadingItemRequest, now = new Date()): Promise<ReadingItem> {
    const at = now.toISOString();
    const row: ReadingRow = {
      id: newId(),
      user_id: actor.userId,
      title: input.title,
      url: input.url,
      source: input.source ?? "",
      tags: JSON.stringify(uniqueTags(input.tags ?? [])),
      contexts: JSON.stringify([...new Set(input.contexts ?? [])]),
      why_it_helped: input.whyItHelped ?? "",
      read: input.read ? 1 : 0,
      created_at: at,
      updated_at: at,
    };
    await this.db.insertInto("reading_items").values(row).execute();
    return presentReadingItem(row);
  }

  async update(actor: Actor, id: string, input: UpdateReadingItemRequest, now = new Date()): Promise<ReadingItem> {
    if (!(await this.findRow(actor.userId, id))) throw notFound("Reading item");
    await this.db
      .updateTable("reading_items")
      .set({
        updated_at: now.toISOString(),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.url !== undefined ? { url: input.url } : {}),
        ...(input.source !== undefined ? { source: input.source } : {}),
        ...(input.tags !== undefined ? { tags: JSON.stringify(uniqueTags(input.tags)) } : {}),
        ...(input.contexts !== undefined ? { contexts: JSON.stringify([...new Set(input.contexts)]) } : {}),
        ...(input.whyItHelped !== undefined ? { why_it_helped: input.whyItHelped } : {}),
        ...(input.read !== undefined ? { read: input.read ? 1 : 0 } : {}),
      })
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .execute();
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    const result = await this.db
      .deleteFrom("reading_items")
      .where("user_id", "=", actor.userId)
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound("Reading item");
  }
}
