import type { Kysely } from "kysely";
import type { SharedItem } from "../../../../contract/circle.ts";
import type { Database } from "../../db/schema.ts";

/** A shared item as a member sees it: a readable title, a short excerpt and the shareable fields. */
export interface LoadedItem {
  title: string;
  excerpt: string;
  item: SharedItem;
}

export type ItemLoader = (
  db: Kysely<Database>,
  seekerId: string,
  itemId: string | null,
) => Promise<LoadedItem | undefined>;

/** A short single-line excerpt of longer text. */
export function excerptOf(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "Role at Company", or the role alone. */
export function roleAt(roleTitle: string, companyName: string | null): string {
  return companyName ? `${roleTitle} at ${companyName}` : roleTitle;
}
