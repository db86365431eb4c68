import { v7 as uuidv7 } from "uuid";

/**
 * A new id for any row: UUIDv7, made in the app so that ids sort by creation time and are
 * known before the insert (handy for multi-row writes in one transaction).
 */
export const newId = (): string => uuidv7();

/** The current time as the ISO-8601 UTC string every timestamp column stores. */
export const nowIso = (): string => new Date().toISOString();
