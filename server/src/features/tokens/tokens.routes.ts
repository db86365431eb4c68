import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import { createdToken, createTokenRequest, tokenList } from "../../../../contract/tokens.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentToken } from "./tokens.presenter.ts";

const tags = ["tokens"];

/** Personal access tokens for scripts and the CLI. */
export const tokensRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/tokens",
    { schema: { tags, summary: "My personal access tokens", response: { 200: tokenList } } },
    async (request) => ({ tokens: (await services.tokens.list(requireActor(request))).map(presentToken) }),
  );

  app.post(
    "/api/tokens",
    {
      schema: {
        tags,
        summary: "Create a personal access token (the secret is shown once)",
        body: createTokenRequest,
        response: { 201: createdToken },
      },
    },
    async (request, reply) => {
      const { token, row } = await services.tokens.create(requireActor(request), request.body);
      return reply.status(201).send({ token, info: presentToken(row) });
    },
  );

  app.delete(
    "/api/tokens/:id",
    { schema: { tags, summary: "Revoke a token", params: idParams, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      await services.tokens.revoke(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
