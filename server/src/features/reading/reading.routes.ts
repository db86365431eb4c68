import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  createReadingItemRequest,
  readingItem,
  readingList,
  readingListQuery,
  readingSuggestionsQuery,
  updateReadingItemRequest,
} from "../../../../contract/reading.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["reading"];

/** The reading list: articles that helped, read or unread, suggested in context. */
export const readingRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/reading",
    {
      schema: {
        tags,
        summary: "My reading list, unread first, filtered by read/unread, tag or context",
        querystring: readingListQuery,
        response: { 200: readingList, 400: errorBody },
      },
    },
    async (request) => ({ items: await services.reading.list(requireActor(request), request.query) }),
  );

  app.get(
    "/api/reading/suggestions",
    {
      schema: {
        tags,
        summary: "Up to three unread items for a context (self-care when none is named)",
        querystring: readingSuggestionsQuery,
        response: { 200: readingList, 400: errorBody },
      },
    },
    async (request) => ({
      items: await services.reading.suggestions(requireActor(request), request.query.context ?? "self-care"),
    }),
  );

  app.post(
    "/api/reading",
    {
      schema: {
        tags,
        summary: "Add an article or resource (http or https links only)",
        body: createReadingItemRequest,
        response: { 201: readingItem, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.reading.create(requireActor(request), request.body)),
  );

  app.get(
    "/api/reading/:id",
    { schema: { tags, summary: "One reading item", params: idParams, response: { 200: readingItem, 404: errorBody } } },
    async (request) => services.reading.get(requireActor(request), request.params.id),
  );

  app.patch(
    "/api/reading/:id",
    {
      schema: {
        tags,
        summary: "Change a reading item (mark it read, add why it helped…)",
        params: idParams,
        body: updateReadingItemRequest,
        response: { 200: readingItem, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => services.reading.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/reading/:id",
    {
      schema: {
        tags,
        summary: "Delete a reading item",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.reading.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
