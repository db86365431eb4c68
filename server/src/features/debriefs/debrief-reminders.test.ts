import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/database.ts";
import { createServices, type Services } from "../../services.ts";
import { buildUser } from "../../testing/factories.ts";
import { insertApplication, insertInterview } from "../../testing/pipeline-row-factories.ts";
import { createTestDatabase, dialects } from "../../testing/test-database.ts";
import { claimDueDebriefReminders } from "./debrief-reminders.ts";

const hour = 3_600_000;
const now = new Date("2026-03-10T18:00:00.000Z");
// insertInterview makes 45-minute interviews.
const startingHoursAgo = (hours: number) => new Date(now.getTime() - hours * hour).toISOString();

describe.each(dialects)("debrief reminders on %s", (dialect) => {
  let db: Db;
  let services: Services;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    services = createServices(db, { publicUrl: "http://127.0.0.1:4100" });
  });
  afterAll(async () => db.close());

  async function personWithInterviews(optedIn: boolean, hoursAgo: number[]) {
    const { user, actor } = await buildUser(services);
    if (optedIn) await services.debriefs.updateSettings(actor, { reminderEmail: true });
    const applicationId = await insertApplication(db.kysely, user.id, { roleTitle: "User Researcher" });
    const ids: string[] = [];
    for (const hours of hoursAgo) {
      ids.push(await insertInterview(db.kysely, user.id, applicationId, { startsAt: startingHoursAgo(hours) }));
    }
    return { user, actor, ids };
  }

  it("hands on each due reminder once: ended 3+ hours ago, within two days, not debriefed, opted in", async () => {
    // Started 4 h ago (ended 3 h 15 min ago): due. 2 h ago: too soon. 60 h ago: too old.
    const optedIn = await personWithInterviews(true, [4, 2, 60, 5]);
    const [due, tooSoon, tooOld, debriefed] = optedIn.ids as [string, string, string, string];
    await services.debriefs.save(optedIn.actor, debriefed, { energy: 1 }, now);
    const optedOut = await personWithInterviews(false, [4]);

    const claimed = await claimDueDebriefReminders(db.kysely, now);
    const mine = claimed.filter((reminder) => reminder.userId === optedIn.user.id);
    expect(mine.map((reminder) => reminder.interviewId)).toEqual([due]);
    expect(mine[0]).toMatchObject({ email: optedIn.user.email, roleTitle: "User Researcher" });
    expect(claimed.some((reminder) => reminder.userId === optedOut.user.id)).toBe(false);
    for (const id of [tooSoon, tooOld]) expect(claimed.some((reminder) => reminder.interviewId === id)).toBe(false);

    // A second sweep (another instance, or the next tick) finds nothing more to send.
    const again = await claimDueDebriefReminders(db.kysely, now);
    expect(again.some((reminder) => reminder.userId === optedIn.user.id)).toBe(false);
    // Two hours later the "too soon" one is due, and only it.
    const later = await claimDueDebriefReminders(db.kysely, new Date(now.getTime() + 2 * hour));
    expect(later.filter((reminder) => reminder.userId === optedIn.user.id).map((r) => r.interviewId)).toEqual([
      tooSoon,
    ]);
  });

  it("lets two sweeps running at once claim each reminder only once", async () => {
    const person = await personWithInterviews(true, [4, 5, 6]);
    const [first, second] = await Promise.all([
      claimDueDebriefReminders(db.kysely, now),
      claimDueDebriefReminders(db.kysely, now),
    ]);
    const claimedIds = [...first, ...second]
      .filter((reminder) => reminder.userId === person.user.id)
      .map((reminder) => reminder.interviewId)
      .sort();
    expect(claimedIds).toEqual([...person.ids].sort());
  });
});
