import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody, singleLine } from "../../../../contract/common.ts";
import { board, pipelineSettings, upcoming, updatePipelineSettingsRequest } from "../../../../contract/pipeline.ts";
import { requireActor } from "../../http/request-context.ts";
import { sendSerializedJson } from "../../http/send-serialized.ts";
import type { Services } from "../../services.ts";

const tags = ["pipeline"];

const boardQuery = z.strictObject({
  q: singleLine(200).optional(),
  roleFamilyId: z.uuid({ message: "must be an id (UUID)" }).optional(),
  tag: singleLine(40).optional(),
});

/** Views over the whole pipeline: the board, what's next, and the pipeline settings. */
export const pipelineRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/board",
    {
      schema: {
        tags,
        summary: "The board: every application as a card in its stage's column, with counts",
        querystring: boardQuery,
        response: { 200: board, 400: errorBody },
      },
    },
    async (request, reply) => {
      const json = await services.board.json(requireActor(request), request.query);
      return sendSerializedJson(reply, json);
    },
  );

  app.get(
    "/api/upcoming",
    {
      schema: {
        tags,
        summary: "Next interviews, interviews that just ended, and tasks due soon or overdue",
        response: { 200: upcoming },
      },
    },
    async (request) => services.upcoming.get(requireActor(request)),
  );

  app.get(
    "/api/me/pipeline-settings",
    { schema: { tags, summary: "My pipeline settings", response: { 200: pipelineSettings } } },
    async (request) => services.pipelineSettings.get(requireActor(request)),
  );

  app.put(
    "/api/me/pipeline-settings",
    {
      schema: {
        tags,
        summary: "Change my pipeline settings (a shorter ghosting wait applies at once)",
        body: updatePipelineSettingsRequest,
        response: { 200: pipelineSettings, 400: errorBody },
      },
    },
    async (request) => services.pipelineSettings.update(requireActor(request), request.body),
  );
};
