import { badRequest } from "../../errors.ts";

/**
 * Keyset pagination cursors: the sort value and id of the last row of a page, as opaque
 * base64url JSON. Keyset (not OFFSET) keeps deep pages as fast as the first and stable while
 * rows are added.
 */
export type CursorValue = string | number;

export function encodeCursor(value: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { value: CursorValue; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === "string" || typeof parsed[0] === "number") &&
      typeof parsed[1] === "string"
    ) {
      return { value: parsed[0], id: parsed[1] };
    }
  } catch {
    // Fall through to the same answer as a well-formed but wrong cursor.
  }
  throw badRequest("The cursor is not one this server gave out.", [
    { path: "cursor", message: "must be the nextCursor of a previous page" },
  ]);
}

/** The cursor of a name-sorted list: the last row's lower-cased name and its id. */
export function decodeNameCursor(text: string | undefined): { key: string; id: string } | undefined {
  if (!text) return undefined;
  const { value, id } = decodeCursor(text);
  return { key: String(value), id };
}
