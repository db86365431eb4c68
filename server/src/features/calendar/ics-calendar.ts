import ical, { ICalEventTransparency } from "ical-generator";
import { DateTime } from "luxon";
import { interviewFormatLabels, interviewKindLabels } from "../../../../contract/interviews.ts";
import { taskKindLabels } from "../../../../contract/tasks.ts";
import type { InterviewEventRow, TaskEventRow } from "./calendar-events.repo.ts";
import { buildVTimezone } from "./vtimezone.ts";

const isWebLink = (text: string | null): text is string => text !== null && /^https?:\/\/\S+$/i.test(text.trim());

/** "Hiring manager — Product Designer at Acme": what the calendar shows at a glance. */
export function interviewSummary(row: Pick<InterviewEventRow, "roundName" | "roleTitle" | "companyName">): string {
  return `${row.roundName} — ${row.roleTitle}${row.companyName ? ` at ${row.companyName}` : ""}`;
}

function interviewDescription(row: InterviewEventRow, publicUrl: string): string {
  const parts = [`${interviewKindLabels[row.kind]} · ${interviewFormatLabels[row.format]}`];
  if (isWebLink(row.location)) parts.push(`Join: ${row.location.trim()}`);
  if (row.learningGoal.trim()) parts.push(`Learning goal: ${row.learningGoal.trim()}`);
  if (row.notes.trim()) parts.push(`Notes:\n${row.notes.trim()}`);
  parts.push(`Prep and debrief in Debrief: ${publicUrl}/interviews/${row.id}`);
  return parts.join("\n\n");
}

function taskDescription(row: TaskEventRow): string {
  const parts: string[] = [taskKindLabels[row.kind]];
  if (row.roleTitle) parts.push(`For: ${row.roleTitle}${row.companyName ? ` at ${row.companyName}` : ""}`);
  if (row.notes.trim()) parts.push(row.notes.trim());
  return parts.join("\n\n");
}

/**
 * An iCalendar file with the given interviews and tasks. Interviews keep their own time zone
 * (TZID plus a VTIMEZONE, so 10:00 in New York shows as such wherever the reader is); tasks are
 * all-day events on their due date, marked free, because calendar apps show VTODOs poorly or
 * not at all. UIDs are "<id>@debrief", so a re-subscribed or re-imported event replaces its
 * earlier copy instead of doubling it. ical-generator escapes text and folds long lines.
 */
export function buildIcs(
  interviews: readonly InterviewEventRow[],
  tasks: readonly TaskEventRow[],
  options: { name: string; publicUrl: string },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Debrief", product: "Debrief", language: "EN" },
    // Calendar apps that honour it refresh hourly; Google refreshes on its own schedule.
    ttl: 3600,
  });

  // Zone and start of each interview; one damaged row must not take the whole feed down with it.
  const placed = interviews.flatMap((row) => {
    const start = DateTime.fromISO(row.startsAt, { zone: "utc" });
    if (!start.isValid) return [];
    // An unknown zone name (the API never stores one) falls back to UTC.
    const zone = start.setZone(row.timeZone).isValid ? row.timeZone : "UTC";
    return [{ row, zone, start: start.setZone(zone) }];
  });

  // Each VTIMEZONE covers the years its interviews fall in, no more.
  const years = new Map<string, { from: number; to: number }>();
  for (const { zone, start } of placed) {
    const seen = years.get(zone);
    years.set(zone, {
      from: Math.min(seen?.from ?? start.year, start.year),
      to: Math.max(seen?.to ?? start.year, start.year),
    });
  }
  calendar.timezone({
    name: null,
    generator: (timeZone) => {
      const span = years.get(timeZone);
      return span ? buildVTimezone(timeZone, span.from, span.to) : null;
    },
  });

  for (const { row, zone, start } of placed) {
    calendar.createEvent({
      id: `${row.id}@debrief`,
      start,
      end: start.plus({ minutes: row.durationMinutes }),
      timezone: zone,
      stamp: row.updatedAt,
      lastModified: row.updatedAt,
      summary: interviewSummary(row),
      description: interviewDescription(row, options.publicUrl),
      location: row.location?.trim() || null,
      url: isWebLink(row.location) ? row.location.trim() : null,
    });
  }

  for (const row of tasks) {
    const due = DateTime.fromISO(row.dueOn, { zone: "utc" });
    if (!due.isValid) continue;
    calendar.createEvent({
      id: `${row.id}@debrief`,
      start: due,
      allDay: true,
      stamp: row.updatedAt,
      lastModified: row.updatedAt,
      summary: `To do: ${row.title}`,
      description: taskDescription(row),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }

  return calendar.toString();
}
