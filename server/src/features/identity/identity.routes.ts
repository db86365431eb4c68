import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  adminProvider,
  adminProviderList,
  createProviderRequest,
  linkedIdentityList,
  passwordSignInRequest,
  passwordSignInResponse,
  updateProviderRequest,
} from "../../../../contract/identity.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

/** The owner's provider settings and password switch, and each person's linked identities. */
export const identityRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const admin = ["admin"];
  const me = ["me"];

  app.get(
    "/api/admin/identity-providers",
    {
      schema: {
        tags: admin,
        summary: "Sign-in providers and the password sign-in switch (owner only; secrets never included)",
        response: { 200: adminProviderList, 403: errorBody },
      },
    },
    async (request) => services.identityProviders.list(requireActor(request)),
  );

  app.post(
    "/api/admin/identity-providers",
    {
      schema: {
        tags: admin,
        summary: "Add a sign-in provider from a preset (owner only)",
        body: createProviderRequest,
        response: { 201: adminProvider, 400: errorBody, 403: errorBody, 409: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.identityProviders.create(requireActor(request), request.body)),
  );

  app.patch(
    "/api/admin/identity-providers/:id",
    {
      schema: {
        tags: admin,
        summary: "Change a sign-in provider; a blank secret keeps the stored one (owner only)",
        params: idParams,
        body: updateProviderRequest,
        response: { 200: adminProvider, 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => services.identityProviders.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/admin/identity-providers/:id",
    {
      schema: {
        tags: admin,
        summary: "Remove a sign-in provider and the identities linked through it (owner only)",
        params: idParams,
        response: { 204: noContent, 403: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      await services.identityProviders.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/api/admin/password-sign-in",
    {
      schema: {
        tags: admin,
        summary: "Turn password sign-in on or off (owner only; off needs your own linked provider)",
        body: passwordSignInRequest,
        response: { 200: passwordSignInResponse, 403: errorBody, 409: errorBody },
      },
    },
    async (request) => services.identityProviders.setPasswordSignIn(requireActor(request), request.body.enabled),
  );

  app.get(
    "/api/me/identities",
    {
      schema: {
        tags: me,
        summary: "Accounts at other providers I can sign in with",
        response: { 200: linkedIdentityList },
      },
    },
    async (request) => services.userIdentities.list(requireActor(request)),
  );

  app.delete(
    "/api/me/identities/:id",
    {
      schema: {
        tags: me,
        summary: "Unlink an account (refused when it is my last way to sign in)",
        params: idParams,
        response: { 204: noContent, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      await services.userIdentities.unlink(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
