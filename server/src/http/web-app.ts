import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { notFound } from "../errors.ts";

/**
 * Serves the built web app. Hashed assets are cached for a year; every other GET that is not
 * an API path gets index.html, so client-side routes survive a reload.
 */
export async function installWebApp(app: FastifyInstance, webDist: string | null): Promise<void> {
  const hasBuild = webDist !== null && existsSync(join(webDist, "index.html"));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: "/",
      wildcard: false,
      index: false,
      setHeaders(response, path) {
        response.setHeader(
          "cache-control",
          path.includes(`${join(webDist, "assets")}`) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    if (hasBuild && request.method === "GET" && !isApi && !request.url.startsWith("/assets/")) {
      return reply.header("cache-control", "no-cache").sendFile("index.html");
    }
    throw notFound(`Route ${request.method} ${request.url.split("?")[0]}`);
  });
}
