import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody } from "../../../../contract/common.ts";
import {
  messagePreview,
  messagePreviewRequest,
  messageTemplate,
  messageTemplateList,
  messageTemplateParams,
  saveMessageTemplateRequest,
  sendMessageRequest,
  sentMessage,
} from "../../../../contract/messages.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentOutboxMessage } from "../outbox/outbox.presenter.ts";

const tags = ["messages"];

/** Message templates, the composer's preview, and sending through the outbox. */
export const messagesRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/message-templates",
    {
      schema: {
        tags,
        summary: "My message templates (built-in unless I edited them) and the placeholders they may use",
        response: { 200: messageTemplateList },
      },
    },
    async (request) => services.messageTemplates.list(requireActor(request)),
  );

  app.put(
    "/api/message-templates/:kind",
    {
      schema: {
        tags,
        summary: "Save my wording of a template",
        description: "Placeholders are written {{name}}; a name that is not a placeholder is refused (400, naming it).",
        params: messageTemplateParams,
        body: saveMessageTemplateRequest,
        response: { 200: messageTemplate, 400: errorBody },
      },
    },
    async (request) => services.messageTemplates.save(requireActor(request), request.params.kind, request.body),
  );

  app.delete(
    "/api/message-templates/:kind",
    {
      schema: {
        tags,
        summary: "Go back to the built-in template",
        params: messageTemplateParams,
        response: { 200: messageTemplate, 400: errorBody },
      },
    },
    async (request) => services.messageTemplates.reset(requireActor(request), request.params.kind),
  );

  app.post(
    "/api/messages/preview",
    {
      schema: {
        tags,
        summary: "The exact text of a message from its template, with guidance and when to send it",
        description:
          "Placeholders without a value stay as {{name}} and are listed in `missing`; with includeFeedbackLink, " +
          "{{feedbackLink}} stays in the body and is replaced by the private link when the message is sent.",
        body: messagePreviewRequest,
        response: { 200: messagePreview, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => services.composer.preview(requireActor(request), request.body),
  );

  app.post(
    "/api/messages/send",
    {
      schema: {
        tags,
        summary: "Queue my final text in the outbox (sent by my own email account)",
        description:
          "Answers 409 smtp_not_configured when I have no email account (copy the text instead). A feedback " +
          "request is recorded for response tracking; with includeFeedbackLink its private link replaces " +
          "{{feedbackLink}} in the body. Refused (400) while a placeholder is still waiting to be filled in.",
        body: sendMessageRequest,
        response: { 201: sentMessage, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const sent = await services.composer.send(requireActor(request), request.body);
      return reply
        .status(201)
        .send({ message: presentOutboxMessage(sent.message), feedbackRequestId: sent.feedbackRequestId });
    },
  );
};
