const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
const longDayFormat = new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long" });

/** "25 Nov 2025" in the reader's own locale. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** "25 Nov 2025, 14:02" in the reader's own locale and time zone. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** "Tuesday 25 November" for greetings. */
export function formatLongDay(date: Date): string {
  return longDayFormat.format(date);
}
