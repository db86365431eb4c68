import { DateTime } from "luxon";
import { badRequest } from "../../errors.ts";

/**
 * Interviews are entered as wall-clock time in a named zone (what the invitation says) and
 * stored as a UTC instant plus that zone, so calendars and "is it over yet?" need no guessing.
 */
export function instantFromLocal(local: string, timeZone: string, field = "startsAtLocal"): string {
  const time = DateTime.fromISO(local, { zone: timeZone });
  if (!time.isValid) {
    throw badRequest("That date and time does not exist.", [{ path: field, message: "must be a real date and time" }]);
  }
  return time.toUTC().toJSDate().toISOString();
}

/** The wall-clock time of an instant in a zone, as the form shows it. */
export function localFromInstant(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant, { zone: "utc" }).setZone(timeZone).toFormat("yyyy-LL-dd'T'HH:mm");
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(new Date(instant).getTime() + minutes * 60_000).toISOString();
}

/** Minutes between two wall-clock times in the same zone (DST-aware). */
export function minutesBetweenLocal(start: string, end: string, timeZone: string): number {
  const from = DateTime.fromISO(start, { zone: timeZone });
  const to = DateTime.fromISO(end, { zone: timeZone });
  return Math.round(to.diff(from, "minutes").minutes);
}
