import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, noContent } from "../../../../contract/common.ts";
import { outboxMessage, smtpAccountResponse, smtpSettingsRequest } from "../../../../contract/outbox.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentOutboxMessage } from "./outbox.presenter.ts";
import { presentSmtpAccount } from "./smtp-account.presenter.ts";

const tags = ["email"];

/** The person's own SMTP account, through which their messages go out. */
export const smtpAccountRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/me/smtp",
    {
      schema: {
        tags,
        summary: "My SMTP account (never its password), or null when none is set up",
        response: { 200: smtpAccountResponse },
      },
    },
    async (request) => presentSmtpAccount(await services.smtpAccounts.get(requireActor(request))),
  );

  app.put(
    "/api/me/smtp",
    {
      schema: {
        tags,
        summary: "Set up or replace my SMTP account",
        description:
          "The password is stored encrypted with the server key and never returned (`hasPassword` says whether one is stored). Leave `password` out to keep the stored one.",
        body: smtpSettingsRequest,
        response: { 200: smtpAccountResponse, 400: errorBody },
      },
    },
    async (request) => presentSmtpAccount(await services.smtpAccounts.save(requireActor(request), request.body)),
  );

  app.delete(
    "/api/me/smtp",
    {
      schema: {
        tags,
        summary: "Remove my SMTP account (and its stored password)",
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await services.smtpAccounts.remove(requireActor(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/me/smtp/test",
    {
      schema: {
        tags,
        summary: "Queue a test email to my own address through my SMTP account",
        description: "Answers with the queued message; follow its status with GET /api/outbox/{id}.",
        response: { 201: outboxMessage, 409: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentOutboxMessage(await services.smtpAccounts.sendTest(requireActor(request)))),
  );
};
