import { z } from "zod";

/**
 * The private iCalendar feed: one secret URL per person that calendar apps subscribe to.
 * The server keeps only a hash of the secret, so the URL is shown once, when it is made.
 */

export const calendarFeedInfo = z.object({ createdAt: z.string() });
export type CalendarFeedInfo = z.infer<typeof calendarFeedInfo>;

export const calendarFeedStatus = z.object({ feed: calendarFeedInfo.nullable() });
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;

/** The URL is in this response only; making a new one turns the old one off. */
export const createdCalendarFeed = z.object({ url: z.string(), feed: calendarFeedInfo });
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeed>;

/** Where the single-interview download lives, for links in the web app. */
export const interviewIcsPath = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}/ics`;
