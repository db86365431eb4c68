import { IANAZone } from "luxon";

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** A moment the zone's UTC offset changes, with the offsets (in minutes) before and after. */
export interface OffsetChange {
  at: number;
  from: number;
  to: number;
}

/**
 * Every offset change of an IANA zone between two instants, found by sampling each day and
 * narrowing each change down to the minute. Real zones change at most a few times a year, so
 * a daily sample cannot step over one.
 */
export function offsetChanges(zone: IANAZone, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let previous = zone.offset(fromMs);
  for (let time = fromMs + dayMs; time < toMs + dayMs; time += dayMs) {
    const offset = zone.offset(time);
    if (offset === previous) continue;
    let low = time - dayMs;
    let high = time;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (zone.offset(middle) === previous) low = middle;
      else high = middle;
    }
    changes.push({ at: high, from: previous, to: offset });
    previous = offset;
  }
  return changes;
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, "0");
const formatOffset = (minutes: number) =>
  `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
/** A local wall-clock time as iCalendar writes it (no zone suffix). */
const formatLocal = (utcMs: number, offsetMinutes: number) =>
  new Date(utcMs + offsetMinutes * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, "");

/**
 * A VTIMEZONE for an IANA zone that covers the given years, written as one observance per
 * offset change (RFC 5545 allows this instead of recurrence rules). RFC 5545 wants a VTIMEZONE
 * for every TZID a file uses; clients that do not know the IANA name (and parsers like ical.js)
 * rely on it to place the event at the right instant. Returns null for an unknown zone.
 */
export function buildVTimezone(timeZone: string, fromYear: number, toYear: number): string | null {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) return null;
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = zone.offset(start);
  const observance = (kind: "STANDARD" | "DAYLIGHT", at: number, from: number, to: number) => [
    `BEGIN:${kind}`,
    // DTSTART of an observance is the local time of the change, read in the offset before it.
    `DTSTART:${formatLocal(at, from)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `END:${kind}`,
  ];
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`, ...observance("STANDARD", start, initial, initial)];
  for (const change of offsetChanges(zone, start, end)) {
    // Clocks going forward is daylight time in every zone that has it; the label is only a
    // hint to people, since clients compute with the offsets.
    lines.push(...observance(change.to > change.from ? "DAYLIGHT" : "STANDARD", change.at, change.from, change.to));
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
