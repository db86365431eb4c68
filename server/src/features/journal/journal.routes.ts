import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  createThoughtRecordRequest,
  spiralCheckRequest,
  spiralCheckResponse,
  thoughtRecord,
  thoughtRecordList,
  thoughtRecordListQuery,
  updateThoughtRecordRequest,
} from "../../../../contract/journal.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { spiralCheck } from "./spiral-check.ts";

const tags = ["journal"];

/** Private thought records and the spiral check. */
export const journalRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.post(
    "/api/journal/spiral-check",
    {
      schema: {
        tags,
        summary: "Thinking traps a thought may show, from its wording (suggestions to confirm or dismiss)",
        description:
          "A small, explainable rule set: each suggestion quotes the words that prompted it and says why. It reads " +
          "wording, not meaning; nothing is stored.",
        body: spiralCheckRequest,
        response: { 200: spiralCheckResponse, 400: errorBody },
      },
    },
    async (request) => {
      requireActor(request);
      return { suggestions: spiralCheck(request.body.text) };
    },
  );

  app.get(
    "/api/thought-records",
    {
      schema: {
        tags,
        summary: "My thought records, newest first",
        querystring: thoughtRecordListQuery,
        response: { 200: thoughtRecordList, 400: errorBody },
      },
    },
    async (request) => services.thoughtRecords.list(requireActor(request), request.query),
  );

  app.post(
    "/api/thought-records",
    {
      schema: {
        tags,
        summary: "Save a thought record (every field optional)",
        body: createThoughtRecordRequest,
        response: { 201: thoughtRecord, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.thoughtRecords.create(requireActor(request), request.body)),
  );

  app.get(
    "/api/thought-records/:id",
    {
      schema: {
        tags,
        summary: "One thought record",
        params: idParams,
        response: { 200: thoughtRecord, 404: errorBody },
      },
    },
    async (request) => services.thoughtRecords.get(requireActor(request), request.params.id),
  );

  app.patch(
    "/api/thought-records/:id",
    {
      schema: {
        tags,
        summary: "Change a thought record (fields left out stay as they are)",
        params: idParams,
        body: updateThoughtRecordRequest,
        response: { 200: thoughtRecord, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => services.thoughtRecords.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/thought-records/:id",
    {
      schema: {
        tags,
        summary: "Delete a thought record",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.thoughtRecords.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
