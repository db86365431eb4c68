import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  createEvidenceRequest,
  createStrengthRequest,
  createWinRequest,
  reminder,
  reminderQuery,
  strength,
  strengthEvidence,
  strengthList,
  updateStrengthRequest,
  updateWinRequest,
  win,
  winList,
  winListQuery,
} from "../../../../contract/strengths.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["strengths"];

/** Strengths with their evidence, wins, and the "Remember" reminder. Private to their owner. */
export const strengthsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/strengths",
    { schema: { tags, summary: "My strengths, each with its evidence", response: { 200: strengthList } } },
    async (request) => ({ items: await services.strengths.list(requireActor(request)) }),
  );

  app.post(
    "/api/strengths",
    {
      schema: {
        tags,
        summary: "Add a strength",
        body: createStrengthRequest,
        response: { 201: strength, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.strengths.create(requireActor(request), request.body)),
  );

  app.get(
    "/api/strengths/reminder",
    {
      schema: {
        tags,
        summary: "One strength (with one piece of evidence) or one recent win to remember today",
        description:
          "Chosen by a hash of the user and the day (`day`, the caller's local date, defaults to today in UTC): " +
          "the same all day, usually different the next. `reminder` is null when there is nothing yet.",
        querystring: reminderQuery,
        response: { 200: reminder, 400: errorBody },
      },
    },
    async (request) =>
      services.strengths.reminder(requireActor(request), request.query.day ?? new Date().toISOString().slice(0, 10)),
  );

  app.get(
    "/api/strengths/:id",
    {
      schema: { tags, summary: "One strength", params: idParams, response: { 200: strength, 404: errorBody } },
    },
    async (request) => services.strengths.get(requireActor(request), request.params.id),
  );

  app.patch(
    "/api/strengths/:id",
    {
      schema: {
        tags,
        summary: "Change a strength",
        params: idParams,
        body: updateStrengthRequest,
        response: { 200: strength, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => services.strengths.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/strengths/:id",
    {
      schema: {
        tags,
        summary: "Delete a strength and its evidence (wins linked to it stay, unlinked)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.strengths.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/strengths/:id/evidence",
    {
      schema: {
        tags,
        summary: "Add evidence to a strength (a story, a quote from feedback, a project)",
        params: idParams,
        body: createEvidenceRequest,
        response: { 201: strengthEvidence, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.strengths.addEvidence(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/strength-evidence/:id",
    {
      schema: {
        tags,
        summary: "Delete one piece of evidence",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.strengths.deleteEvidence(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/wins",
    {
      schema: {
        tags,
        summary: "My wins, newest first (cursor pagination)",
        querystring: winListQuery,
        response: { 200: winList, 400: errorBody },
      },
    },
    async (request) => services.strengths.listWins(requireActor(request), request.query),
  );

  app.post(
    "/api/wins",
    {
      schema: {
        tags,
        summary: "Write down a win (small or large, job-related or not)",
        body: createWinRequest,
        response: { 201: win, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.strengths.createWin(requireActor(request), request.body)),
  );

  app.get(
    "/api/wins/:id",
    { schema: { tags, summary: "One win", params: idParams, response: { 200: win, 404: errorBody } } },
    async (request) => services.strengths.getWin(requireActor(request), request.params.id),
  );

  app.patch(
    "/api/wins/:id",
    {
      schema: {
        tags,
        summary: "Change a win",
        params: idParams,
        body: updateWinRequest,
        response: { 200: win, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => services.strengths.updateWin(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/wins/:id",
    {
      schema: { tags, summary: "Delete a win", params: idParams, response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      await services.strengths.deleteWin(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
