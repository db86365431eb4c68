import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { userResponse } from "../../../../contract/auth.ts";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  onboardingRequest,
  replaceRoleFamiliesRequest,
  sessionList,
  updateProfileRequest,
} from "../../../../contract/me.ts";
import { notFound } from "../../errors.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["me"];

/** The signed-in user's own profile, onboarding and sessions. */
export const meRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get("/api/me", { schema: { tags, summary: "My profile", response: { 200: userResponse } } }, async (request) => ({
    user: await services.profile.current(requireActor(request)),
  }));

  app.patch(
    "/api/me",
    { schema: { tags, summary: "Update my name", body: updateProfileRequest, response: { 200: userResponse } } },
    async (request) => ({
      user: await services.profile.updateDisplayName(requireActor(request), request.body.displayName),
    }),
  );

  app.put(
    "/api/me/onboarding",
    {
      schema: {
        tags,
        summary: "Finish onboarding: my name and the kinds of roles I am looking for",
        body: onboardingRequest,
        response: { 200: userResponse },
      },
    },
    async (request) => ({ user: await services.profile.completeOnboarding(requireActor(request), request.body) }),
  );

  app.put(
    "/api/me/role-families",
    {
      schema: {
        tags,
        summary: "Replace my list of role families (kept rows keep their ids)",
        body: replaceRoleFamiliesRequest,
        response: { 200: userResponse },
      },
    },
    async (request) => ({
      user: await services.profile.replaceRoleFamilies(requireActor(request), request.body.names),
    }),
  );

  app.get(
    "/api/me/sessions",
    { schema: { tags, summary: "Where I am signed in", response: { 200: sessionList } } },
    async (request) => {
      const actor = requireActor(request);
      const rows = await services.sessions.list(actor.userId);
      return {
        sessions: rows.map((row) => ({
          id: row.id,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          expiresAt: row.expires_at,
          ip: row.ip,
          userAgent: row.user_agent,
          current: row.id === actor.sessionId,
        })),
      };
    },
  );

  app.delete(
    "/api/me/sessions/:id",
    {
      schema: {
        tags,
        summary: "Sign out one of my sessions",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!(await services.sessions.end(actor.userId, request.params.id))) throw notFound("Session");
      return reply.status(204).send(null);
    },
  );
};
