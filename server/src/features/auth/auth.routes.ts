import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  changePasswordRequest,
  registerRequest,
  sessionResponse,
  signedInResponse,
  signInRequest,
} from "../../../../contract/auth.ts";
import { errorBody, noContent } from "../../../../contract/common.ts";
import { clearSessionCookie, setCsrfCookie, setSessionCookie } from "../../http/cookies.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import type { SignedIn } from "./auth.service.ts";
import { newSecret } from "./secrets.ts";

const tags = ["auth"];

/** Registration, sign-in, sign-out, password change, and the session bootstrap. */
export const authRoutes: FastifyPluginAsyncZod<{ services: Services; secureCookies: boolean }> = async (
  app,
  { services, secureCookies },
) => {
  app.get(
    "/api/auth/session",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Who is signed in, the CSRF token to send, and whether registration is open",
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const registration = await services.auth.registrationStatus();
      reply.header("cache-control", "no-store");
      if (request.actor && request.sessionCsrfToken) {
        const user = await services.profile.current(request.actor);
        return { user, csrfToken: request.sessionCsrfToken, registration };
      }
      const csrfToken = newSecret();
      setCsrfCookie(reply, secureCookies, csrfToken);
      return { user: null, csrfToken, registration };
    },
  );

  app.post(
    "/api/auth/register",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Create an account (the first one becomes the owner) and sign in",
        body: registerRequest,
        response: { 201: signedInResponse, 403: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const result = await services.auth.register(request.body, clientOf(request));
      setSessionCookie(reply, secureCookies, result.session.token);
      return reply.status(201).send(await signedIn(services, result));
    },
  );

  app.post(
    "/api/auth/sign-in",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Sign in with email and password",
        body: signInRequest,
        response: { 200: signedInResponse, 401: errorBody, 403: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      const result = await services.auth.signIn(request.body, clientOf(request));
      setSessionCookie(reply, secureCookies, result.session.token);
      return signedIn(services, result);
    },
  );

  app.post(
    "/api/auth/sign-out",
    { schema: { tags, summary: "Sign out of this session", response: { 204: noContent } } },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.sessionId) await services.auth.signOut(actor.userId, actor.sessionId);
      clearSessionCookie(reply, secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/password",
    {
      schema: {
        tags,
        summary: "Change my password (signs out my other sessions)",
        body: changePasswordRequest,
        response: { 204: noContent, 400: errorBody },
      },
    },
    async (request, reply) => {
      await services.passwords.change(requireActor(request), request.body, request.ip);
      return reply.status(204).send(null);
    },
  );
};

function clientOf(request: { ip: string; headers: Record<string, unknown> }) {
  const userAgent = request.headers["user-agent"];
  return { ip: request.ip, userAgent: typeof userAgent === "string" ? userAgent : null };
}

async function signedIn(services: Services, { user, session }: SignedIn) {
  const actor = { userId: user.id, role: user.role, via: "session" as const, sessionId: session.sessionId };
  return { user: await services.profile.current(actor), csrfToken: session.csrfToken };
}
