import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody } from "../../../../contract/common.ts";
import { funnel, funnelQuery } from "../../../../contract/insights.ts";
import { requireActor } from "../../http/request-context.ts";
import { sendSerializedJson } from "../../http/send-serialized.ts";
import type { Services } from "../../services.ts";

const tags = ["insights"];

/** Insights computed from the person's own pipeline. */
export const insightsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/insights/funnel",
    {
      schema: {
        tags,
        summary: "Funnel, conversion, time in stage, response rate by source and applications per week",
        description:
          "Computed from stage history, not current stages. The rules (what counts as reaching a stage, " +
          "a reply, a stay) are documented in contract/insights.ts.",
        querystring: funnelQuery,
        response: { 200: funnel, 400: errorBody },
      },
    },
    async (request, reply) =>
      sendSerializedJson(reply, await services.insights.funnelJson(requireActor(request), request.query)),
  );
};
