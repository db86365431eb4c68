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

function interviewDescription(row: InterviewEventRow): string {
  const parts = [`${interviewKindLabels[row.kind]} · ${interviewFormatLabels[row.format]}`];
  if (isWebLink(row.location)) parts.push(`Join: ${row.location.trim()}`);
  if (row.learningGoal.trim()) parts.push(`Learning goal: ${row.learningGoal.trim()}`);
  if (row.notes.trim()) parts.push(`Notes:\n${row.notes.trim()}`);
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
  options: { name: string },
): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: "Debrief", product: "Debrief", language: "EN" },
    // Calendar apps that honour it refresh hourly; Google refreshes on its own schedule.
    ttl: 3600,
  });

  const years = new Map<string, { from: number; to: number }>();
  for (const row of interviews) {
    const year = Number(row.startsAt.slice(0, 4));
    const seen = years.get(row.timeZone);
    years.set(row.timeZone, { from: Math.min(seen?.from ?? year, year), to: Math.max(seen?.to ?? year, year) });
  }
  calendar.timezone({
    name: null,
    generator: (timeZone) => {
      const span = years.get(timeZone);
      return span ? buildVTimezone(timeZone, span.from, span.to) : null;
    },
  });

  for (const row of interviews) {
    const start = DateTime.fromISO(row.startsAt, { zone: "utc" });
    // An unknown zone name (not possible through the API) falls back to UTC rather than failing the feed.
    const zone = start.setZone(row.timeZone).isValid ? row.timeZone : "UTC";
    calendar.createEvent({
      id: `${row.id}@debrief`,
      start: start.setZone(zone),
      end: start.plus({ minutes: row.durationMinutes }).setZone(zone),
      timezone: zone,
      stamp: row.updatedAt,
      lastModified: row.updatedAt,
      summary: interviewSummary(row),
      description: interviewDescription(row),
      location: row.location?.trim() || null,
      url: isWebLink(row.location) ? row.location.trim() : null,
    });
  }

  for (const row of tasks) {
    calendar.createEvent({
      id: `${row.id}@debrief`,
      start: DateTime.fromISO(row.dueOn, { zone: "utc" }),
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
