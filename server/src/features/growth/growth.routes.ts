import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  actionItem,
  actionItemList,
  actionItemListQuery,
  createActionItemRequest,
  createWritingSessionRequest,
  learningGoalSuggestions,
  saveSoftLandingRequest,
  softLanding,
  updateActionItemRequest,
  updateWritingSessionRequest,
  writingSession,
  writingSessionList,
  writingSessionListQuery,
} from "../../../../contract/growth.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentActionItem, presentWritingSession } from "./growth.presenter.ts";

const tags = ["growth"];

/** The soft landing after a rejection, private writing sessions, and the growth plan. */
export const growthRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/applications/:id/soft-landing",
    {
      schema: {
        tags,
        summary: "The soft landing of an application (empty until something is saved)",
        params: idParams,
        response: { 200: softLanding, 404: errorBody },
      },
    },
    async (request) => services.softLandings.get(requireActor(request), request.params.id),
  );

  app.put(
    "/api/applications/:id/soft-landing",
    {
      schema: {
        tags,
        summary: "Save the soft landing's answers",
        description:
          "Replaces the answers: a field left out is cleared. `completed: true` marks the flow finished (it stays " +
          "finished). Answers 201 when it is new, 200 when it replaced one.",
        params: idParams,
        body: saveSoftLandingRequest,
        response: { 200: softLanding, 201: softLanding, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const saved = await services.softLandings.save(requireActor(request), request.params.id, request.body);
      return reply.status(saved.created ? 201 : 200).send(saved.softLanding);
    },
  );

  app.post(
    "/api/applications/:id/soft-landing/dismiss",
    {
      schema: {
        tags,
        summary: "Set the soft landing aside (the application page stops offering it; nothing is lost)",
        params: idParams,
        response: { 200: softLanding, 404: errorBody },
      },
    },
    async (request) => services.softLandings.dismiss(requireActor(request), request.params.id),
  );

  app.get(
    "/api/writing-sessions",
    {
      schema: {
        tags,
        summary: "My private writing sessions, newest first",
        querystring: writingSessionListQuery,
        response: { 200: writingSessionList, 400: errorBody },
      },
    },
    async (request) => ({
      items: (await services.writingSessions.list(requireActor(request), request.query.applicationId)).map(
        presentWritingSession,
      ),
    }),
  );

  app.post(
    "/api/writing-sessions",
    {
      schema: {
        tags,
        summary: "Save a private writing session",
        body: createWritingSessionRequest,
        response: { 201: writingSession, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentWritingSession(await services.writingSessions.create(requireActor(request), request.body))),
  );

  app.get(
    "/api/writing-sessions/:id",
    {
      schema: {
        tags,
        summary: "One writing session",
        params: idParams,
        response: { 200: writingSession, 404: errorBody },
      },
    },
    async (request) =>
      presentWritingSession(await services.writingSessions.get(requireActor(request), request.params.id)),
  );

  app.patch(
    "/api/writing-sessions/:id",
    {
      schema: {
        tags,
        summary: "Change a writing session (its text, or the timer's length)",
        params: idParams,
        body: updateWritingSessionRequest,
        response: { 200: writingSession, 400: errorBody, 404: errorBody },
      },
    },
    async (request) =>
      presentWritingSession(
        await services.writingSessions.update(requireActor(request), request.params.id, request.body),
      ),
  );

  app.delete(
    "/api/writing-sessions/:id",
    {
      schema: {
        tags,
        summary: "Delete a writing session",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.writingSessions.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/action-items",
    {
      schema: {
        tags,
        summary: "My growth plan: open items first (doing, then to do, by target date), then done ones",
        querystring: actionItemListQuery,
        response: { 200: actionItemList, 400: errorBody },
      },
    },
    async (request) => ({
      items: (await services.actionItems.list(requireActor(request), request.query)).map(presentActionItem),
    }),
  );

  app.post(
    "/api/action-items",
    {
      schema: {
        tags,
        summary: "Add an action item, by hand or from a feedback item",
        body: createActionItemRequest,
        response: { 201: actionItem, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentActionItem(await services.actionItems.create(requireActor(request), request.body))),
  );

  app.patch(
    "/api/action-items/:id",
    {
      schema: {
        tags,
        summary: "Change an action item",
        description:
          "Status done sets doneAt (kept while it stays done); another status clears it. applicationId names " +
          "where it paid off: the item then shows on that application as a win.",
        params: idParams,
        body: updateActionItemRequest,
        response: { 200: actionItem, 400: errorBody, 404: errorBody },
      },
    },
    async (request) =>
      presentActionItem(await services.actionItems.update(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/action-items/:id",
    {
      schema: {
        tags,
        summary: "Delete an action item",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.actionItems.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/growth/learning-goal-suggestions",
    {
      schema: {
        tags,
        summary: "Open action items phrased as learning goals, for an interview's prep",
        response: { 200: learningGoalSuggestions },
      },
    },
    async (request) => ({ items: await services.actionItems.learningGoalSuggestions(requireActor(request)) }),
  );
};
