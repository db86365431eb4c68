import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams } from "../../../../contract/common.ts";
import { outboxList, outboxListQuery, outboxMessage } from "../../../../contract/outbox.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentOutboxMessage } from "./outbox.presenter.ts";

const tags = ["email"];

/** The outbox: every message queued from my account, with what became of it. */
export const outboxRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/outbox",
    {
      schema: {
        tags,
        summary: "My outgoing email, newest first (cursor-paginated)",
        querystring: outboxListQuery,
        response: { 200: outboxList, 400: errorBody },
      },
    },
    async (request) => {
      const page = await services.outbox.list(requireActor(request), request.query);
      return { items: page.items.map(presentOutboxMessage), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/outbox/:id",
    {
      schema: {
        tags,
        summary: "One outgoing message and its status",
        params: idParams,
        response: { 200: outboxMessage, 404: errorBody },
      },
    },
    async (request) => presentOutboxMessage(await services.outbox.get(requireActor(request), request.params.id)),
  );

  app.post(
    "/api/outbox/:id/retry",
    {
      schema: {
        tags,
        summary: "Send a failed message again (same Message-ID)",
        description:
          "Only for a failed message. If it failed as “may have been sent”, check your Sent folder first: a retry can deliver a second copy.",
        params: idParams,
        response: { 200: outboxMessage, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => presentOutboxMessage(await services.outbox.retry(requireActor(request), request.params.id)),
  );

  app.post(
    "/api/outbox/:id/cancel",
    {
      schema: {
        tags,
        summary: "Cancel a queued or failed message",
        params: idParams,
        response: { 200: outboxMessage, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => presentOutboxMessage(await services.outbox.cancel(requireActor(request), request.params.id)),
  );
};
