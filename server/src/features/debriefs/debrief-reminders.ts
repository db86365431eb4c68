import type { Kysely } from "kysely";
import { debriefReminderDelayHours } from "../../../../contract/debriefs.ts";
import type { Database } from "../../db/schema.ts";
import { endOf } from "../interviews/interviews.repo.ts";

/** What a reminder needs to say: whose interview, which one, and where to debrief it. */
export interface DebriefReminder {
  userId: string;
  email: string;
  displayName: string;
  interviewId: string;
  roundName: string;
  roleTitle: string;
  companyName: string | null;
  endsAt: string;
}

/** Where due reminders go: the email outbox (the Rejection-to-growth feature) plugs in here. */
export type DebriefReminderSink = (reminder: DebriefReminder) => Promise<void>;

const hourMs = 3_600_000;
/** A reminder about an interview more than this long past is no longer a nudge but a nag. */
const staleAfterMs = 48 * hourMs;
// Interviews last at most a day, so one that ended in the window started at most a day earlier.
const longestInterviewMs = 24 * hourMs;

/**
 * Finds interviews whose one reminder is due — ended at least `debriefReminderDelayHours` ago
 * and at most two days ago, not debriefed, owner opted in — and claims each by setting
 * debrief_reminded_at where it is still null. Only a claim that changed the row counts, so
 * two instances sweeping at once hand each reminder on once.
 */
export async function claimDueDebriefReminders(db: Kysely<Database>, now = new Date()): Promise<DebriefReminder[]> {
  const dueBefore = now.getTime() - debriefReminderDelayHours * hourMs;
  const candidates = await db
    .selectFrom("interviews as i")
    .innerJoin("users as u", "u.id", "i.user_id")
    .innerJoin("applications as a", (join) =>
      join.onRef("a.id", "=", "i.application_id").onRef("a.user_id", "=", "i.user_id"),
    )
    .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").onRef("c.user_id", "=", "i.user_id"))
    .leftJoin("debriefs as d", (join) => join.onRef("d.interview_id", "=", "i.id").onRef("d.user_id", "=", "i.user_id"))
    .select([
      "i.id",
      "i.user_id",
      "i.round_name",
      "i.starts_at",
      "i.duration_minutes",
      "u.email",
      "u.display_name",
      "a.role_title",
      "c.name as company_name",
    ])
    .where("u.debrief_reminder_email", "=", 1)
    .where("i.debrief_reminded_at", "is", null)
    .where("d.id", "is", null)
    .where("i.starts_at", ">=", new Date(now.getTime() - staleAfterMs - longestInterviewMs).toISOString())
    .where("i.starts_at", "<=", new Date(dueBefore).toISOString())
    .execute();

  const claimed: DebriefReminder[] = [];
  for (const row of candidates) {
    const endsAt = endOf(row);
    const ended = Date.parse(endsAt);
    if (ended > dueBefore || ended < now.getTime() - staleAfterMs) continue;
    const result = await db
      .updateTable("interviews")
      .set({ debrief_reminded_at: now.toISOString() })
      .where("id", "=", row.id)
      .where("user_id", "=", row.user_id)
      .where("debrief_reminded_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) continue;
    claimed.push({
      userId: row.user_id,
      email: row.email,
      displayName: row.display_name,
      interviewId: row.id,
      roundName: row.round_name,
      roleTitle: row.role_title,
      companyName: row.company_name,
      endsAt,
    });
  }
  return claimed;
}

/**
 * Every ten minutes, hands due reminders to the sink. Started only when there is a sink (email
 * is set up); a sink that fails leaves the reminder claimed, so a broken mail server can never
 * turn one reminder into many — the outbox behind the sink owns retries.
 */
export function startDebriefReminders(
  db: Kysely<Database>,
  sink: DebriefReminderSink,
  log: (error: unknown) => void,
): () => void {
  const run = async () => {
    try {
      for (const reminder of await claimDueDebriefReminders(db)) await sink(reminder).catch(log);
    } catch (error) {
      log(error);
    }
  };
  const timer = setInterval(run, 10 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
