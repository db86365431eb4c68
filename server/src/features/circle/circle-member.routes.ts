import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  circleMembership,
  circleMembershipList,
  circleReply,
  createReplyRequest,
  feedList,
  feedQuery,
  inviteTokenParams,
  joinCircleRequest,
  pipelineSummary,
  publicCircleInvite,
  seekerParams,
  sharedView,
  shareParams,
  updateReplyRequest,
} from "../../../../contract/circle.ts";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["circle (member)"];

/**
 * The member's side: joining, the feed across circles, one shared item with its replies, and
 * the coach's pipeline summary. Access is checked from the database on every request; no
 * access, a revoked membership and a missing item all answer the same 404.
 */
export const circleMemberRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { circle } = services;

  app.get(
    "/api/public/circle-invites/:token",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Who invited me, and as what (for the join page; no account needed)",
        description: "Unknown token: 404. Used: 410 invite_used. Withdrawn or expired: 410 invite_expired.",
        params: inviteTokenParams,
        response: { 200: publicCircleInvite, 404: errorBody, 410: errorBody },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer");
      return circle.invites.lookup(request.params.token);
    },
  );

  app.post(
    "/api/circle/join",
    {
      schema: {
        tags,
        summary: "Accept an invite as the signed-in person",
        description:
          "Own invite: 400. Already an active member: 409. Used: 410 invite_used. Withdrawn or expired: 410 invite_expired.",
        body: joinCircleRequest,
        response: { 200: circleMembership, 400: errorBody, 404: errorBody, 409: errorBody, 410: errorBody },
      },
    },
    async (request) => circle.invites.join(requireActor(request), request.body.token),
  );

  app.get(
    "/api/circle/memberships",
    { schema: { tags, summary: "The circles I am in", response: { 200: circleMembershipList } } },
    async (request) => ({ items: await circle.members.memberships(requireActor(request)) }),
  );

  app.post(
    "/api/circle/memberships/:seekerId/leave",
    { schema: { tags, summary: "Leave a circle", params: seekerParams, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      await circle.members.leave(requireActor(request), request.params.seekerId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/circle/feed",
    {
      schema: {
        tags,
        summary: "Shared with me, across every circle I am in, newest first",
        querystring: feedQuery,
        response: { 200: feedList, 400: errorBody },
      },
    },
    async (request) => circle.feed.feed(requireActor(request), request.query),
  );

  app.get(
    "/api/circle/shared/:shareId",
    {
      schema: {
        tags,
        summary: "One shared item as it is now, with its replies",
        params: shareParams,
        response: { 200: sharedView, 404: errorBody },
      },
    },
    async (request) => circle.feed.view(requireActor(request), request.params.shareId),
  );

  app.post(
    "/api/circle/shared/:shareId/replies",
    {
      schema: {
        tags,
        summary: "Reply (Markdown, stored as written); parentId answers a top-level reply",
        params: shareParams,
        body: createReplyRequest,
        response: { 201: circleReply, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await circle.replies.create(requireActor(request), request.params.shareId, request.body)),
  );

  app.patch(
    "/api/circle/replies/:id",
    {
      schema: {
        tags,
        summary: "Edit my reply (for 15 minutes after writing it)",
        params: idParams,
        body: updateReplyRequest,
        response: { 200: circleReply, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => circle.replies.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/circle/replies/:id",
    {
      schema: {
        tags,
        summary: "Remove a reply (its author, or the person who shared the item)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await circle.replies.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/circle/seekers/:seekerId/pipeline",
    {
      schema: {
        tags,
        summary: "A seeker's pipeline summary, for a coach they allowed",
        params: seekerParams,
        response: { 200: pipelineSummary, 404: errorBody },
      },
    },
    async (request) => circle.pipeline.summary(requireActor(request), request.params.seekerId),
  );
};
