import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { calendarFeedStatus, createdCalendarFeed } from "../../../../contract/calendar.ts";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["calendar"];
const icsContentType = "text/calendar; charset=utf-8";
/** Documented as text/calendar (not JSON) in the OpenAPI document. */
const icsBody = { description: "An iCalendar (RFC 5545) file", content: { "text/calendar": { schema: z.string() } } };

/**
 * The private calendar feed (managed under /api, read at /calendar/<secret>.ics, which is
 * public by path: the secret in the URL is the credential) and single-interview downloads.
 */
export const calendarRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/calendar/feed",
    {
      schema: {
        tags,
        summary: "Whether my calendar feed is on, and since when",
        response: { 200: calendarFeedStatus },
      },
    },
    async (request) => services.calendar.status(requireActor(request)),
  );

  app.post(
    "/api/calendar/feed",
    {
      schema: {
        tags,
        summary: "Turn on the calendar feed, or replace its secret URL (the old one stops working)",
        description: "The URL is in this response only: the server keeps nothing but a hash of its secret.",
        response: { 201: createdCalendarFeed },
      },
    },
    async (request, reply) => reply.status(201).send(await services.calendar.enable(requireActor(request))),
  );

  app.delete(
    "/api/calendar/feed",
    { schema: { tags, summary: "Turn off the calendar feed", response: { 204: noContent } } },
    async (request, reply) => {
      await services.calendar.disable(requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/calendar/:token.ics",
    {
      schema: {
        tags,
        summary: "The calendar feed: interviews and open tasks with due dates",
        description: "Public by path; an unknown or replaced secret answers 404.",
        params: z.strictObject({ token: z.string() }),
        response: { 200: icsBody, 304: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      const feed = await services.calendar.feed(request.params.token);
      const gzip = acceptsGzip(request.headers["accept-encoding"]);
      const file = gzip ? feed.gzipped() : feed;
      // A secret URL: keep it out of shared caches and search engines; let apps revalidate by ETag.
      reply
        .header("cache-control", "private, no-cache")
        .header("x-robots-tag", "noindex, nofollow")
        .header("vary", "accept-encoding")
        .header("etag", file.etag);
      if (request.headers["if-none-match"] === file.etag) return reply.status(304).send(null);
      if (gzip) reply.header("content-encoding", "gzip");
      return reply
        .type(icsContentType)
        .header("content-disposition", 'inline; filename="debrief.ics"')
        .send(file.body as never); // the documented text body, as cached bytes
    },
  );

  app.get(
    "/api/interviews/:id/ics",
    {
      schema: {
        tags,
        summary: "Download one interview as an .ics file",
        params: idParams,
        response: { 200: icsBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const file = await services.calendar.interviewIcs(requireActor(request), request.params.id);
      return reply
        .type(icsContentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .header("cache-control", "private, no-store")
        .send(file.body as never); // the documented text body, as bytes
    },
  );
};

/** Whether the client takes gzip (and has not refused it with q=0), as calendar apps usually do. */
function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "x-gzip") return false;
    const quality = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}
