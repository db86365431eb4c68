import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../../../contract/common.ts";
import { exportQuery } from "../../../../contract/imports.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

/** Downloading my applications as a file. */
export const exportRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/export/applications",
    {
      schema: {
        tags: ["imports"],
        summary: "Download my applications as CSV (spreadsheet columns) or JSON (everything, with stage history)",
        querystring: exportQuery,
        // Strings are sent as they are (Fastify serialises only objects), so this documents the file.
        response: { 200: z.string().describe("The file, as an attachment"), 400: errorBody },
      },
    },
    async (request, reply) => {
      const file = await services.exports.export(requireActor(request), request.query.format);
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .header("cache-control", "no-store")
        .send(file.body);
    },
  );
};
