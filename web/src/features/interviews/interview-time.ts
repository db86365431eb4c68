/**
 * Interview times. The server stores the wall-clock start in the interview's own time zone
 * (what the invitation said) and gives UTC instants too; these helpers show both sides.
 */

/** The viewer's IANA time zone, e.g. Europe/Berlin. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

let zones: string[] | null = null;

/** Every time zone the browser knows, for the searchable list (the viewer's own included). */
export function allTimeZones(): string[] {
  if (!zones) {
    const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    zones = [...new Set([...known, "UTC", browserTimeZone()])].sort();
  }
  return zones;
}

/** Whether the browser accepts the name as a time zone (the server checks the same way). */
export function isTimeZone(value: string): boolean {
  if (!value.trim()) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value.trim() });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withZoneName: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withZoneName}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone,
      ...(withZoneName ? { timeZoneName: "short" } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** "Tue, 1 Dec 2026, 14:00" as the clock reads in the given zone. */
export function formatInZone(instant: string, timeZone: string): string {
  try {
    return formatter(timeZone, false).format(new Date(instant));
  } catch {
    return formatter("UTC", false).format(new Date(instant));
  }
}

/** Only the time of day, e.g. "15:00", in the given zone. */
export function formatTimeInZone(instant: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit", timeZone }).format(
      new Date(instant),
    );
  } catch {
    return "";
  }
}

export interface InterviewTimeText {
  /** In the interview's own time zone, with the zone's name. */
  local: string;
  /** In the viewer's time zone, when the clock there reads differently; otherwise null. */
  viewer: string | null;
  viewerZone: string;
}

/** The start (and end time) of an interview as the invitation reads and, if different, as the viewer's clock reads. */
export function describeInterviewTime(interview: {
  startsAt: string;
  endsAt: string;
  timeZone: string;
}): InterviewTimeText {
  const viewerZone = browserTimeZone();
  const local = `${formatInZone(interview.startsAt, interview.timeZone)}–${formatTimeInZone(interview.endsAt, interview.timeZone)} (${interview.timeZone})`;
  const viewerText = `${formatInZone(interview.startsAt, viewerZone)}–${formatTimeInZone(interview.endsAt, viewerZone)}`;
  const sameClock =
    formatInZone(interview.startsAt, viewerZone) === formatInZone(interview.startsAt, interview.timeZone);
  return { local, viewer: sameClock ? null : `${viewerText} your time (${viewerZone})`, viewerZone };
}

/** A start suggestion for a new interview: tomorrow at 10:00, as a datetime-local value. */
export function suggestedStartLocal(now = new Date()): string {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T10:00`;
}
