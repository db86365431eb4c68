import { z } from "zod";
import { singleLine } from "./common.ts";
import { httpUrl, longText, tagList } from "./fields.ts";

/**
 * The reading list: articles and resources that helped, with why, read or unread, and the
 * contexts they are suggested in (self-care pieces in the soft landing after a rejection).
 */

export const readingContexts = ["self-care", "rejection", "interviewing", "networking"] as const;
export type ReadingContext = (typeof readingContexts)[number];
const contextField = z.enum(readingContexts, {
  message: "must be self-care, rejection, interviewing or networking",
});

export const readingItem = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  source: z.string(),
  tags: z.array(z.string()),
  contexts: z.array(contextField),
  whyItHelped: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReadingItem = z.infer<typeof readingItem>;
export const readingList = z.object({ items: z.array(readingItem) });

const title = singleLine(300).pipe(z.string().min(1, "must not be empty"));
const contexts = z.array(contextField).max(4, "must have at most 4 contexts");

export const createReadingItemRequest = z.strictObject({
  title,
  url: httpUrl,
  source: singleLine(120).optional(),
  tags: tagList.optional(),
  contexts: contexts.optional(),
  whyItHelped: longText(5000).optional(),
  read: z.boolean({ message: "must be true or false" }).optional(),
});
export type CreateReadingItemRequest = z.infer<typeof createReadingItemRequest>;

export const updateReadingItemRequest = z
  .strictObject({
    title: title.optional(),
    url: httpUrl.optional(),
    source: singleLine(120).optional(),
    tags: tagList.optional(),
    contexts: contexts.optional(),
    whyItHelped: longText(5000).optional(),
    read: z.boolean({ message: "must be true or false" }).optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: "must change something", path: ["title"] });
export type UpdateReadingItemRequest = z.infer<typeof updateReadingItemRequest>;

export const readingListQuery = z.strictObject({
  status: z.enum(["read", "unread"], { message: "must be read or unread" }).optional(),
  tag: singleLine(40).optional(),
  context: contextField.optional(),
});
export type ReadingListQuery = z.infer<typeof readingListQuery>;

/** Unread items for a context (self-care when none is named). */
export const readingSuggestionsQuery = z.strictObject({ context: contextField.optional() });
