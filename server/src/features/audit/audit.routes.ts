import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { auditList, auditListQuery } from "../../../../contract/audit.ts";
import { errorBody } from "../../../../contract/common.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

/** The caller's own audit log. No route writes to it: entries come from sign-ins and the circle. */
export const auditRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "My activity log: my sign-ins, and who in my circle viewed or replied to what",
        querystring: auditListQuery,
        response: { 200: auditList, 400: errorBody },
      },
    },
    async (request) => services.audit.list(requireActor(request), request.query),
  );
};
