import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound } from "../errors.ts";

/**
 * Serves the built web app. Hashed assets are cached for a year; every other GET that is not
 * an API path gets index.html, so client-side routes survive a reload.
 */
export async function installWebApp(app: FastifyInstance, webDist: string | null): Promise<void> {
  const hasBuild = webDist !== null && existsSync(join(webDist, "index.html"));
  if (!hasBuild) {
    app.setNotFoundHandler((request) => {
      throw notFound(`Route ${request.method} ${request.url.split("?")[0]}`);
    });
    return;
  }
  await app.register(fastifyStatic, {
    root: webDist,
    prefix: "/",
    wildcard: false,
    index: false,
    // Otherwise send's own "public, max-age=0" overrides the header set below.
    cacheControl: false,
    setHeaders(response, path) {
      response.setHeader(
        "cache-control",
        path.includes(`${join(webDist, "assets")}`) ? "public, max-age=31536000, immutable" : "no-cache",
      );
    },
  });

  const index = indexPage(join(webDist, "index.html"));
  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    const { body, etag } = index();
    reply.header("cache-control", "no-cache").header("etag", etag);
    if (request.headers["if-none-match"] === etag) return reply.status(304).send();
    return reply.type("text/html; charset=utf-8").send(body);
  };
  app.get("/", { schema: { hide: true } }, sendIndex);
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith("/api/") || request.url === "/api";
    if (request.method === "GET" && !isApi && !request.url.startsWith("/assets/")) return sendIndex(request, reply);
    throw notFound(`Route ${request.method} ${request.url.split("?")[0]}`);
  });
}

/**
 * index.html from memory: every client route and each visit to `/` serve it, and streaming it
 * from disk cost more than the rest of the request. The file is checked at most once a second,
 * so a rebuild of the web app (new asset names) is picked up without a restart.
 */
function indexPage(file: string): () => { body: Buffer; etag: string } {
  const load = () => {
    const body = readFileSync(file);
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    return { body, etag, modifiedMs: statSync(file).mtimeMs };
  };
  let current = load();
  let checkedAt = Date.now();
  return () => {
    const now = Date.now();
    if (now - checkedAt >= 1000) {
      checkedAt = now;
      try {
        if (statSync(file).mtimeMs !== current.modifiedMs) current = load();
      } catch {
        // A rebuild in progress briefly removes the file: keep serving the last good copy.
      }
    }
    return current;
  };
}
