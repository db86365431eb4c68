import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type { ActivitiesTable, ActivityLogsTable, CheckInsTable, JobSearchTimeTable } from "../db/schema/wellbeing.ts";
import { seededRandom } from "./seeded-random.ts";
import { zonedTimeToUtc } from "./zoned-time.ts";

/** Maya's life outside job-seeker mode: her activities and their logs, her check-ins, time searching. */
export interface WellbeingRows {
  activities: Insertable<ActivitiesTable>[];
  activityLogs: Insertable<ActivityLogsTable>[];
  checkIns: Insertable<CheckInsTable>[];
  jobSearchTime: Insertable<JobSearchTimeTable>[];
}

const dayMs = 86_400_000;
const homeZone = "Europe/Berlin";
/** Four weeks back, today left out: the demo opens on a day she has not checked in yet. */
const daysBack = 28;
/** The day Fernleaf said no (demo-story.ts: rejected two days ago). */
const rejectionDaysAgo = 2;

/**
 * Her own activities, with how often she does them on a given day, for how long, and how they
 * tend to leave her feeling (the freelance project is what makes her feel capable).
 */
const plan = [
  {
    name: "Freelance website project",
    chance: 0.4,
    minutes: [60, 180],
    at: 10,
    feelings: ["capable", "organized", "proud"],
  },
  { name: "Running", chance: 0.35, minutes: [25, 55], at: 8, feelings: ["energized", "calm", "proud"] },
  { name: "Pottery class", chance: 0, minutes: [120, 120], at: 19, feelings: ["creative", "calm", "connected"] },
  { name: "Walks with Pip", chance: 0.6, minutes: [20, 60], at: 17, feelings: ["calm", "connected", "rested"] },
] as const;

/** Notes she left on a few check-ins; most have none. */
const notes: Record<number, string> = {
  [rejectionDaysAgo]: "Fernleaf said no. Allowed myself a slow evening.",
  9: "Case presentation done. Buzzing.",
  13: "Slept badly before the case prep.",
  20: "Good run, good day.",
};

/**
 * A believable month, the same for the same `now` (seeded): about three check-ins in four days,
 * higher on days she ran or worked on the freelance site, lowest the day Fernleaf said no; the
 * pottery class every Thursday; an hour or so of searching by hand twice a week. Days are the
 * UTC calendar days of `now` minus n, like the rest of the demo; times of day are Berlin's.
 */
export function planDemoWellbeing(userId: string, now: Date): WellbeingRows {
  const random = seededRandom(20_251_126);
  const dayOf = (daysAgo: number) => new Date(now.getTime() - daysAgo * dayMs);
  const on = (daysAgo: number) => dayOf(daysAgo).toISOString().slice(0, 10);
  const at = (daysAgo: number, hour: number) => {
    const instant = zonedTimeToUtc(dayOf(daysAgo), hour, random.int(0, 59), homeZone);
    // Nothing in the future: today's entries are at most an hour old.
    return new Date(Math.min(instant.getTime(), now.getTime() - 3_600_000)).toISOString();
  };
  const created = dayOf(daysBack + 12).toISOString();
  const activities = plan.map((activity) => ({
    id: newId(),
    user_id: userId,
    name: activity.name,
    archived_at: null,
    created_at: created,
  }));

  const rows: WellbeingRows = { activities, activityLogs: [], checkIns: [], jobSearchTime: [] };
  for (let daysAgo = daysBack; daysAgo >= 1; daysAgo--) {
    const thursday = dayOf(daysAgo).getUTCDay() === 4;
    let lift = 0;
    plan.forEach((activity, index) => {
      const done = activity.name === "Pottery class" ? thursday : random.chance(activity.chance);
      if (!done || daysAgo === rejectionDaysAgo) return;
      if (index < 2) lift += 1; // the run and the freelance work lift her most
      const [min, max] = activity.minutes;
      rows.activityLogs.push({
        id: newId(),
        user_id: userId,
        activity_id: activities[index]?.id ?? "",
        day: on(daysAgo),
        minutes: random.chance(0.85) ? Math.round(random.int(min, max) / 5) * 5 : null,
        feelings: JSON.stringify(activity.feelings.filter(() => random.chance(0.6))),
        created_at: at(daysAgo, activity.at),
      });
    });
    if (random.chance(0.3)) {
      rows.jobSearchTime.push({
        id: newId(),
        user_id: userId,
        day: on(daysAgo),
        minutes: random.pick([45, 60, 90]),
        note: random.pick(["Job boards", "Reading company blogs", "Coffee chat with a researcher", ""]),
        created_at: at(daysAgo, 14),
      });
    }
    // People skip: about one day in four has no check-in (never a day she wrote a note on).
    if (notes[daysAgo] === undefined && random.chance(0.25)) continue;
    const pleasantness = daysAgo === rejectionDaysAgo ? -2 : Math.max(-2, Math.min(2, random.int(-1, 1) + lift));
    const energy = daysAgo === rejectionDaysAgo ? -1 : Math.max(-2, Math.min(2, random.int(-1, 0) + lift));
    const checkedAt = at(daysAgo, 21);
    rows.checkIns.push({
      id: newId(),
      user_id: userId,
      day: on(daysAgo),
      pleasantness,
      energy,
      note: notes[daysAgo] ?? "",
      created_at: checkedAt,
      updated_at: checkedAt,
    });
  }
  return rows;
}
