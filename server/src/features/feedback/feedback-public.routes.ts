import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody } from "../../../../contract/common.ts";
import {
  feedbackEditMinutes,
  publicFeedbackPage,
  publicFeedbackParams,
  submitPublicFeedback,
  submittedPublicFeedback,
} from "../../../../contract/feedback.ts";
import type { Services } from "../../services.ts";

const tags = ["feedback (public)"];
/** Room for every field at its longest; anything bigger is refused with 413 before parsing. */
const publicBodyLimit = 128 * 1024;

/**
 * The interviewer's side of a feedback link: no account, the token in the path is the
 * credential. Every unusable token gets the same 404. Rate-limited per client address.
 */
export const feedbackPublicRoutes: FastifyPluginAsyncZod<{ services: Services; secureCookies: boolean }> = async (
  app,
  { services, secureCookies },
) => {
  const cookieName = `${secureCookies ? "__Secure-" : ""}debrief_feedback_edit`;
  const limit = async (request: FastifyRequest) => services.feedbackLinkLimit.hit(request.ip);
  const noStore = (reply: FastifyReply) =>
    reply
      .header("cache-control", "no-store")
      .header("x-robots-tag", "noindex, nofollow")
      .header("referrer-policy", "no-referrer");
  const setEditCookie = (reply: FastifyReply, token: string, editKey: string) =>
    reply.setCookie(cookieName, editKey, {
      httpOnly: true,
      sameSite: "strict",
      secure: secureCookies,
      // Only this link's own API path ever receives it.
      path: `/api/public/feedback/${encodeURIComponent(token)}`,
      maxAge: feedbackEditMinutes * 60,
    });

  app.get(
    "/api/public/feedback/:token",
    {
      config: { public: true },
      onRequest: limit,
      schema: {
        tags,
        summary: "What the public feedback page shows: the candidate's name and the role",
        description:
          "No account needed: the token is the credential. Expired, already used, never issued and malformed " +
          "tokens all answer the same 404. The browser that sent the answer also gets it back (to edit) for an hour.",
        params: publicFeedbackParams,
        response: { 200: publicFeedbackPage, 404: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return services.feedbackLink.view(request.params.token, request.cookies[cookieName]);
    },
  );

  app.post(
    "/api/public/feedback/:token",
    {
      config: { public: true },
      bodyLimit: publicBodyLimit,
      onRequest: limit,
      schema: {
        tags,
        summary: "Send feedback through a private link (once)",
        description:
          "Stores the answer verbatim, marks the request answered and tells the candidate in the app. Sets an " +
          "HttpOnly cookie that lets this browser change the answer for an hour (PUT). A body over 128 KB is refused " +
          "with 413.",
        params: publicFeedbackParams,
        body: submitPublicFeedback,
        response: {
          201: submittedPublicFeedback,
          400: errorBody,
          404: errorBody,
          409: errorBody,
          413: errorBody,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      noStore(reply);
      const saved = await services.feedbackLink.submit(request.params.token, request.body);
      setEditCookie(reply, request.params.token, saved.editKey);
      return reply.status(201).send({ editableUntil: saved.editableUntil });
    },
  );

  app.put(
    "/api/public/feedback/:token",
    {
      config: { public: true },
      bodyLimit: publicBodyLimit,
      onRequest: limit,
      schema: {
        tags,
        summary: "Change the feedback just sent (same browser, within an hour)",
        params: publicFeedbackParams,
        body: submitPublicFeedback,
        response: {
          200: submittedPublicFeedback,
          400: errorBody,
          404: errorBody,
          409: errorBody,
          413: errorBody,
          429: errorBody,
        },
      },
    },
    async (request, reply) => {
      noStore(reply);
      return services.feedbackLink.update(request.params.token, request.body, request.cookies[cookieName]);
    },
  );
};
