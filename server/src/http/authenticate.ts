import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { AppError, unauthenticated } from "../errors.ts";
import { safeEqual } from "../features/auth/secrets.ts";
import type { Services } from "../services.ts";
import { cookieNames } from "./cookies.ts";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const csrfHeader = "x-csrf-token";

/**
 * Works out who is calling (Bearer token or session cookie), then enforces the two rules every
 * route gets by default: anonymous callers are refused unless the route is marked public, and
 * state-changing requests made with cookies must echo a CSRF token. Bearer requests carry no
 * ambient credentials, so they need no CSRF token.
 */
export const authenticate = fp(
  async (app: FastifyInstance, options: { services: Services; secureCookies: boolean }) => {
    const { services } = options;
    const names = cookieNames(options.secureCookies);
    app.decorateRequest("actor", null);
    app.decorateRequest("sessionCsrfToken", null);

    app.addHook("onRequest", async (request) => {
      const bearer = readBearer(request);
      if (bearer !== undefined) {
        const found = await services.tokens.resolve(bearer);
        if (!found) throw new AppError(401, "unauthenticated", "The Bearer token is unknown, revoked or expired.");
        request.actor = {
          userId: found.user.id,
          role: found.user.role,
          via: "token",
          sessionId: null,
          pipelineRevision: found.user.pipeline_revision,
        };
      } else {
        const sessionToken = request.cookies[names.session];
        if (sessionToken) {
          const found = await services.sessions.resolve(sessionToken);
          if (found) {
            request.actor = {
              userId: found.user.id,
              role: found.user.role,
              via: "session",
              sessionId: found.sessionId,
              pipelineRevision: found.user.pipeline_revision,
            };
            request.sessionCsrfToken = found.csrfToken;
          }
        }
      }

      if (!request.actor && !request.is404 && !request.routeOptions.config?.public) throw unauthenticated();

      if (unsafeMethods.has(request.method) && request.actor?.via !== "token") {
        const sent = request.headers[csrfHeader];
        const expected = request.sessionCsrfToken ?? request.cookies[names.csrf];
        if (typeof sent !== "string" || !expected || !safeEqual(sent, expected)) {
          throw new AppError(
            403,
            "csrf_invalid",
            `Missing or stale CSRF token: send the token from GET /api/auth/session in the ${csrfHeader} header.`,
          );
        }
      }
    });
  },
  { name: "authenticate", dependencies: ["@fastify/cookie"] },
);

function readBearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new AppError(401, "unauthenticated", "The Authorization header must be 'Bearer <token>'.");
  return match[1];
}
