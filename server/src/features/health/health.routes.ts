import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { preparedQuery } from "../../db/prepared-query.ts";

const status = z.object({ status: z.string() });

/** Liveness and readiness for load balancers and orchestrators. */
export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // Orchestrators poll this every few seconds on every instance: prepared once.
  const ping = preparedQuery(db.kysely, 0, () => db.kysely.selectNoFrom(sql<number>`1`.as("ok")));

  app.get(
    "/healthz",
    {
      config: { public: true },
      schema: { tags: ["health"], summary: "The process is alive", response: { 200: status } },
    },
    async () => ({ status: "ok" }),
  );

  app.get(
    "/readyz",
    {
      config: { public: true },
      schema: { tags: ["health"], summary: "The database answers", response: { 200: status, 503: status } },
    },
    async (request, reply) => {
      try {
        await ping();
        return { status: "ready" };
      } catch (error) {
        request.log.warn({ err: error }, "readiness check failed");
        return reply.status(503).send({ status: "database unreachable" });
      }
    },
  );
};
