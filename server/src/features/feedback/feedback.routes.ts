import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  createdFeedbackRequest,
  createFeedbackEntry,
  createFeedbackRequest,
  feedbackEntry,
  feedbackEntryList,
  feedbackItemList,
  feedbackItemQuery,
  feedbackItemWithSourceList,
  feedbackRequest,
  feedbackRequestList,
  feedbackRequestListQuery,
  feedbackResponseRate,
  feedbackTheme,
  feedbackThemeList,
  feedbackThemeSummary,
  feedbackUnread,
  replaceFeedbackItems,
  saveFeedbackTheme,
  updateFeedbackEntry,
} from "../../../../contract/feedback.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["feedback"];

/** Feedback requests and their tracking, the feedback log, items and themes. */
export const feedbackRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.post(
    "/api/feedback/requests",
    {
      schema: {
        tags,
        summary: "Ask for feedback: make a request with a private link",
        description:
          "The link is in this response only: the server keeps a hash of its token. It expires after 30 days and " +
          "takes one answer.",
        body: createFeedbackRequest,
        response: { 201: createdFeedbackRequest, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.feedbackRequests.createRequest(requireActor(request), request.body)),
  );

  app.get(
    "/api/feedback/requests",
    {
      schema: {
        tags,
        summary: "My feedback requests: sent, followed up, answered, days to answer (newest first)",
        querystring: feedbackRequestListQuery,
        response: { 200: feedbackRequestList, 400: errorBody },
      },
    },
    async (request) => ({ items: await services.feedbackRequests.list(requireActor(request), request.query) }),
  );

  app.post(
    "/api/feedback/requests/:id/answered",
    {
      schema: {
        tags,
        summary: "Mark a request answered by hand (for an answer that came another way)",
        params: idParams,
        response: { 200: feedbackRequest, 404: errorBody },
      },
    },
    async (request) => services.feedbackRequests.markAnswered(requireActor(request), request.params.id, "manual"),
  );

  app.post(
    "/api/feedback/requests/:id/sent",
    {
      schema: {
        tags,
        summary: "Mark a request sent by hand (sent from my own mail app, or copied)",
        description: "Keeps the first sent time when the request was already sent.",
        params: idParams,
        response: { 200: feedbackRequest, 404: errorBody },
      },
    },
    async (request) => services.feedbackRequests.markSent(requireActor(request), request.params.id, null),
  );

  app.get(
    "/api/feedback/response-rate",
    {
      schema: {
        tags,
        summary: "My feedback response rate, overall and by month, beside the published benchmark",
        response: { 200: feedbackResponseRate },
      },
    },
    async (request) => services.feedbackRequests.responseRate(requireActor(request)),
  );

  app.get(
    "/api/feedback/unread",
    {
      schema: {
        tags,
        summary: "How many feedback answers arrived that I haven't seen",
        response: { 200: feedbackUnread },
      },
    },
    async (request) => ({ count: await services.feedbackEntries.unreadCount(requireActor(request)) }),
  );

  app.post(
    "/api/feedback/seen",
    { schema: { tags, summary: "Mark all new feedback as seen", response: { 204: noContent } } },
    async (request, reply) => {
      await services.feedbackEntries.markAllSeen(requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/feedback/entries",
    {
      schema: {
        tags,
        summary: "My feedback log, newest first",
        querystring: z.strictObject({ applicationId: z.uuid({ message: "must be an application id" }).optional() }),
        response: { 200: feedbackEntryList, 400: errorBody },
      },
    },
    async (request) => ({ items: await services.feedbackEntries.listEntries(requireActor(request), request.query) }),
  );

  app.post(
    "/api/feedback/entries",
    {
      schema: {
        tags,
        summary: "Add feedback that came another way: a pasted email reply or notes from a call",
        body: createFeedbackEntry,
        response: { 201: feedbackEntry, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.feedbackEntries.createEntry(requireActor(request), request.body)),
  );

  app.get(
    "/api/feedback/entries/:id",
    {
      schema: {
        tags,
        summary: "One piece of feedback with its items",
        params: idParams,
        response: { 200: feedbackEntry, 404: errorBody },
      },
    },
    async (request) => services.feedbackEntries.getEntry(requireActor(request), request.params.id),
  );

  app.patch(
    "/api/feedback/entries/:id",
    {
      schema: {
        tags,
        summary: "Change a piece of feedback",
        params: idParams,
        body: updateFeedbackEntry,
        response: { 200: feedbackEntry, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => services.feedbackEntries.updateEntry(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/feedback/entries/:id",
    {
      schema: {
        tags,
        summary: "Delete a piece of feedback and its items",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.feedbackEntries.deleteEntry(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/api/feedback/entries/:id/items",
    {
      schema: {
        tags,
        summary: "Split a piece of feedback into items, each tagged with one of my themes (replaces them all)",
        params: idParams,
        body: replaceFeedbackItems,
        response: { 200: feedbackItemList, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => ({
      items: await services.feedbackItems.replaceItems(requireActor(request), request.params.id, request.body.items),
    }),
  );

  app.get(
    "/api/feedback/items",
    {
      schema: {
        tags,
        summary: "Feedback items with where they came from, by theme or application",
        querystring: feedbackItemQuery,
        response: { 200: feedbackItemWithSourceList, 400: errorBody },
      },
    },
    async (request) => ({ items: await services.feedbackItems.listItems(requireActor(request), request.query) }),
  );

  app.get(
    "/api/feedback/themes",
    { schema: { tags, summary: "My feedback themes, with suggestions", response: { 200: feedbackThemeList } } },
    async (request) => services.feedbackThemes.listThemes(requireActor(request)),
  );

  app.post(
    "/api/feedback/themes",
    {
      schema: {
        tags,
        summary: "Add a theme",
        body: saveFeedbackTheme,
        response: { 201: feedbackTheme, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.feedbackThemes.createTheme(requireActor(request), request.body.name)),
  );

  app.patch(
    "/api/feedback/themes/:id",
    {
      schema: {
        tags,
        summary: "Rename a theme",
        params: idParams,
        body: saveFeedbackTheme,
        response: { 200: feedbackTheme, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => services.feedbackThemes.renameTheme(requireActor(request), request.params.id, request.body.name),
  );

  app.delete(
    "/api/feedback/themes/:id",
    {
      schema: {
        tags,
        summary: "Delete a theme (its items stay, untagged)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.feedbackThemes.deleteTheme(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/feedback/themes/summary",
    {
      schema: {
        tags,
        summary: "Which themes recur: per theme, items, companies, people and a few quotes",
        response: { 200: feedbackThemeSummary },
      },
    },
    async (request) => services.feedbackThemes.themeSummary(requireActor(request)),
  );
};
