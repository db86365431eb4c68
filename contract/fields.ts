import { z } from "zod";
import { singleLine } from "./common.ts";

/**
 * Field schemas shared by the pipeline's requests: dates, links, money, long text.
 * Each rejects bad input with a message that reads well after the field's name.
 */

/** A calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-03-31")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "must be a real calendar date");

/** A local wall-clock time without offset, YYYY-MM-DDTHH:mm, read in the given time zone. */
export const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "must be a local date and time like 2026-03-31T14:30");

/** An IANA time zone name such as Europe/Berlin. */
export const timeZone = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .refine((value) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }, "must be a time zone such as Europe/Berlin");

/**
 * An http(s) link. Anything else — javascript:, data:, file: — is refused here, so the web app
 * never has a dangerous href to render.
 */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be a web address starting with http:// or https://");

/** Optional text fields: an empty string or null clears the value. */
export const optionalText = <T extends z.ZodType<string | null>>(schema: T) =>
  z.union([z.literal("").transform(() => null), z.null(), schema]).optional();

/** Long free text (notes, prep), Markdown where the UI says so. */
export const longText = (max = 20_000) => z.string().max(max, `must be at most ${max} characters`);

export const money = z
  .number({ message: "must be a number" })
  .int("must be a whole number")
  .min(0, "must not be negative")
  .max(100_000_000, "is too large");

export const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a three-letter currency code such as EUR");

export const tagList = z
  .array(singleLine(40).pipe(z.string().min(1, "must not be empty")))
  .max(20, "must have at most 20 tags");

/** Cursor pagination: the opaque cursor from the previous page and a page size. */
export const pageQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1, "must be at least 1").max(200, "must be at most 200").default(50),
};

/** A query parameter that may repeat or hold comma-separated values. */
export const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(",")).filter(Boolean),
    z.array(item).optional(),
  );
