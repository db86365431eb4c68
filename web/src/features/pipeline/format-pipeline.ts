import { type ApplicationStage, stageLabels } from "../../../../contract/applications.ts";

// Calendar dates (YYYY-MM-DD) have no time zone: read them as UTC so nobody sees the day before.
const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const shortDateTime = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "numeric",
  minute: "2-digit",
});
const count = new Intl.NumberFormat();

/** "7 Mar 2026" for a YYYY-MM-DD calendar date, in the reader's locale. */
export function formatCalendarDate(isoDate: string): string {
  return calendarDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** "Tue 12 Mar, 14:00" for an instant such as the next interview, in the reader's time zone. */
export function formatShortDateTime(instant: string): string {
  return shortDateTime.format(new Date(instant));
}

/** "1,234" in the reader's locale. */
export function formatCount(value: number): string {
  return count.format(value);
}

/** "3 applications", "1 application". */
export function applicationCount(value: number): string {
  return `${formatCount(value)} ${value === 1 ? "application" : "applications"}`;
}

export function stageLabel(stage: ApplicationStage): string {
  return stageLabels[stage];
}

/** "User researcher at Acme", or just the role when the company is not known. */
export function describeApplication(item: { roleTitle: string; companyName: string | null }): string {
  return item.companyName ? `${item.roleTitle} at ${item.companyName}` : item.roleTitle;
}
