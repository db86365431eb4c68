import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type CircleExport, exportCircle } from "./export-circle.repo.ts";

/** Columns that are credentials, not the person's data: never exported. */
const secretColumns = new Set(["token_hash", "edit_key_hash", "password_encrypted"]);

/** snake_case row → camelCase object, without the secret columns. */
function exported(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (secretColumns.has(key) || key === "user_id") continue;
    out[key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return out;
}

/** The tables of the person's own, beyond applications, that the JSON export carries whole. */
const journalTables = {
  feedbackRequests: "feedback_requests",
  feedbackEntries: "feedback_entries",
  feedbackThemes: "feedback_themes",
  feedbackItems: "feedback_items",
  actionItems: "action_items",
  softLandings: "soft_landings",
  writingSessions: "writing_sessions",
  messages: "outbox_messages",
  messageTemplates: "message_templates",
  thoughtRecords: "thought_records",
  strengths: "strengths",
  strengthEvidence: "strength_evidence",
  wins: "wins",
  readingItems: "reading_items",
  checkIns: "check_ins",
  activities: "activities",
  activityLogs: "activity_logs",
  jobSearchTime: "job_search_time",
} as const satisfies Record<string, keyof Database>;

export type JournalExport = Record<keyof typeof journalTables, Record<string, unknown>[]> & { circle: CircleExport };

/**
 * Everything else a person wrote or sent — feedback, growth plan, soft landings, writing,
 * messages, templates, thought records, strengths and wins, reading, check-ins, balance — row by row, oldest first, so the JSON export loses nothing.
 */
export class ExportJournalRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async all(userId: string): Promise<JournalExport> {
    const entries = await Promise.all(
      Object.entries(journalTables).map(async ([name, table]) => {
        // Message templates have no created_at (one row per kind); every other table does.
        const order = table === "message_templates" ? "updated_at" : "created_at";
        const rows = await this.db
          .selectFrom(table as "feedback_themes")
          .selectAll()
          .where("user_id", "=", userId)
          .orderBy(order as "created_at")
          .execute();
        return [name, rows.map((row) => exported(row as unknown as Record<string, unknown>))] as const;
      }),
    );
    return { ...Object.fromEntries(entries), circle: await exportCircle(this.db, userId) } as JournalExport;
  }
}
