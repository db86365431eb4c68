import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  debrief,
  debriefList,
  debriefListQuery,
  debriefSettings,
  saveDebriefRequest,
  updateDebriefSettingsRequest,
} from "../../../../contract/debriefs.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentDebrief, presentDebriefListItem } from "./debriefs.presenter.ts";

const tags = ["debriefs"];

/** The debrief of an interview, the list of debriefs, and the reminder setting. */
export const debriefsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/interviews/:id/debrief",
    {
      schema: {
        tags,
        summary: "The debrief of an interview",
        params: idParams,
        response: { 200: debrief, 404: errorBody },
      },
    },
    async (request) => presentDebrief(await services.debriefs.get(requireActor(request), request.params.id)),
  );

  app.put(
    "/api/interviews/:id/debrief",
    {
      schema: {
        tags,
        summary: "Write or rewrite the debrief of an interview",
        description:
          "Replaces the whole debrief: a field left out is cleared. At least one rating (energy, engagement or " +
          "wentWell) is required. The first save's time is kept as createdAt. Refused with 409 before the " +
          "interview has started. Answers 201 when the debrief is new, 200 when it replaced one.",
        params: idParams,
        body: saveDebriefRequest,
        response: { 200: debrief, 201: debrief, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const saved = await services.debriefs.save(requireActor(request), request.params.id, request.body);
      return reply.status(saved.created ? 201 : 200).send(presentDebrief(saved.debrief));
    },
  );

  app.delete(
    "/api/interviews/:id/debrief",
    {
      schema: {
        tags,
        summary: "Delete the debrief of an interview",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.debriefs.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/debriefs",
    {
      schema: {
        tags,
        summary: "My debriefs, most recent interview first (cursor-paginated)",
        querystring: debriefListQuery,
        response: { 200: debriefList, 400: errorBody },
      },
    },
    async (request) => {
      const page = await services.debriefs.list(requireActor(request), request.query);
      return { items: page.items.map(presentDebriefListItem), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/me/debrief-settings",
    { schema: { tags, summary: "Whether I get an email reminder to debrief", response: { 200: debriefSettings } } },
    async (request) => services.debriefs.settings(requireActor(request)),
  );

  app.put(
    "/api/me/debrief-settings",
    {
      schema: {
        tags,
        summary: "Turn the one email reminder to debrief on or off",
        description: "The reminder goes out a few hours after an interview ends, only when email is set up.",
        body: updateDebriefSettingsRequest,
        response: { 200: debriefSettings, 400: errorBody },
      },
    },
    async (request) => services.debriefs.updateSettings(requireActor(request), request.body),
  );
};
