import { DateTime } from "luxon";

/**
 * How the weekly balance counts job-search time from the app's own records. Interviews count
 * their own length; the other records have no length, so each counts a fixed, named estimate
 * (documented in the README and returned with the week). Manual entries add their minutes.
 */
export const jobSearchEstimates = {
  applicationsAdded: { label: "Applications added", minutesEach: 30 },
  debriefsWritten: { label: "Debriefs written", minutesEach: 15 },
  prepEdited: { label: "Interviews prepared (prep edited)", minutesEach: 45 },
  messagesSent: { label: "Messages sent", minutesEach: 10 },
} as const;

/** At or above this job-search share, the week gets a gentle note (unless set aside). */
export const nearlyAllJobSearch = 0.9;

export const gentleNote =
  "This week was mostly job search. That takes real effort. If you like, something small of your own " +
  "— a walk, a call with a friend, an hour on a project — can count too.";

/** The job-search share of all counted minutes, rounded to 2 decimals; null when nothing was counted. */
export function jobSearchShare(jobSearchMinutes: number, activityMinutes: number): number | null {
  const total = jobSearchMinutes + activityMinutes;
  if (total <= 0) return null;
  return Math.round((jobSearchMinutes / total) * 100) / 100;
}

/** Monday of the week holding `day` (YYYY-MM-DD), and the Sunday ending it. */
export function weekOf(day: string): { start: string; end: string } {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(date.getTime() - offset * 86_400_000);
  const end = new Date(start.getTime() + 6 * 86_400_000);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Today's date (YYYY-MM-DD) on the wall clock of `timeZone`. */
export function localToday(now: Date, timeZone = "UTC"): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}

/**
 * The week holding `day` as local days, and the half-open range of UTC instants it covers in
 * `timeZone` (from its Monday's local midnight to the next Monday's), so records stored as
 * instants count on the same local days as check-ins and activity logs. DST-aware.
 */
export function localWeek(day: string, timeZone = "UTC"): { start: string; end: string; from: string; to: string } {
  const { start, end } = weekOf(day);
  const midnight = (date: string) => DateTime.fromISO(date, { zone: timeZone }).startOf("day").toUTC().toISO() ?? "";
  const next = DateTime.fromISO(end, { zone: "UTC" }).plus({ days: 1 }).toISODate() ?? end;
  return { start, end, from: midnight(start), to: midnight(next) };
}
