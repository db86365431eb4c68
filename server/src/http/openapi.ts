import swagger from "@fastify/swagger";
import scalar from "@scalar/fastify-api-reference";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";

/** OpenAPI 3.1 generated from the routes' zod schemas, served as JSON and as browsable docs. */
export async function installOpenApi(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Debrief API",
        version: "0.1.0",
        description:
          'The HTTP API of Debrief. Authenticate with a personal access token (Authorization: Bearer dbf_…) or, from the web app, the session cookie plus the X-CSRF-Token header on state-changing requests. Errors have one shape: {"error": {"code", "message", "fields"}}.',
      },
      servers: [{ url: publicUrl }],
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "A personal access token (dbf_…)" },
          session: { type: "apiKey", in: "cookie", name: "debrief_session" },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // The document only changes when the process does, so it is serialised once, on first use
  // (after every route is registered): stringifying it cost milliseconds per request.
  let document: Buffer | undefined;
  app.get("/api/openapi.json", { config: { public: true }, schema: { hide: true } }, async (_request, reply) => {
    document ??= Buffer.from(JSON.stringify(app.swagger()));
    return reply.type("application/json; charset=utf-8").send(document);
  });

  await app.register(scalar, {
    routePrefix: "/api/docs",
    // Without a url, the plugin serves @fastify/swagger's document itself (a url here made its
    // own /api/docs/openapi.json route fail: it tried to parse the url as the document).
    configuration: { title: "Debrief API" },
  });
}
