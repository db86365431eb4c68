import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  createInterviewRequest,
  interview,
  interviewList,
  interviewListQuery,
  updateInterviewRequest,
} from "../../../../contract/interviews.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentInterview } from "./interviews.presenter.ts";

const tags = ["interviews"];

/** Interviews with their prep. */
export const interviewsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/interviews",
    {
      schema: {
        tags,
        summary: "List my interviews by start time (cursor-paginated)",
        description: "`from` and `to` are dates (UTC); `to` is exclusive.",
        querystring: interviewListQuery,
        response: { 200: interviewList, 400: errorBody },
      },
    },
    async (request) => {
      const { from, to, ...rest } = request.query;
      const page = await services.interviews.list(requireActor(request), {
        ...rest,
        from: from ? `${from}T00:00:00.000Z` : undefined,
        to: to ? `${to}T00:00:00.000Z` : undefined,
      });
      return { items: page.items.map(presentInterview), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/interviews",
    {
      schema: {
        tags,
        summary: "Schedule an interview (wall-clock start in a time zone, with a duration or an end)",
        body: createInterviewRequest,
        response: { 201: interview, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentInterview(await services.interviews.create(requireActor(request), request.body))),
  );

  app.get(
    "/api/interviews/:id",
    {
      schema: {
        tags,
        summary: "One interview with its prep",
        params: idParams,
        response: { 200: interview, 404: errorBody },
      },
    },
    async (request) => presentInterview(await services.interviews.get(requireActor(request), request.params.id)),
  );

  app.patch(
    "/api/interviews/:id",
    {
      schema: {
        tags,
        summary: "Edit an interview or its prep (only the fields given change)",
        params: idParams,
        body: updateInterviewRequest,
        response: { 200: interview, 400: errorBody, 404: errorBody },
      },
    },
    async (request) =>
      presentInterview(await services.interviews.update(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/interviews/:id",
    {
      schema: { tags, summary: "Delete an interview", params: idParams, response: { 204: noContent, 404: errorBody } },
    },
    async (request, reply) => {
      await services.interviews.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
