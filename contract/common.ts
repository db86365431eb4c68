import { z } from "zod";

/** The one shape every API error takes. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** An id path parameter (UUIDv7 made by the server). */
export const idParams = z.strictObject({ id: z.uuid({ message: "must be an id (UUID)" }) });

/** Trimmed single-line text with a length cap; rejects control characters except tab. */
export const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value), "must be a single line of text");

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email({ message: "must be an email address" }));

export const password = z.string().min(10, "must be at least 10 characters").max(512, "must be at most 512 characters");

/** Responses with no body. */
export const noContent = z.null().describe("No content");
