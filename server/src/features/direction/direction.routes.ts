import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { directionInsights } from "../../../../contract/direction.ts";
import { requireActor } from "../../http/request-context.ts";
import { sendSerializedJson } from "../../http/send-serialized.ts";
import type { Services } from "../../services.ts";

/** Direction insights: what energizes the person, and how well they read their interviews. */
export const directionRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/insights/direction",
    {
      schema: {
        tags: ["insights"],
        summary: "Energy and engagement by role family, tag, company, size, type, format and interviewer",
        description:
          "From the person's debriefs: per group n, mean, a shrunk estimate and a 95% interval (groups under " +
          "three debriefs are too few to say), plain-language findings, calibration of “how it went” against " +
          "what happened next, and a weekly trend. The method is documented in contract/direction.ts.",
        response: { 200: directionInsights },
      },
    },
    async (request, reply) => sendSerializedJson(reply, await services.direction.directionJson(requireActor(request))),
  );
};
