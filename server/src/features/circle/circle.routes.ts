import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  circleMember,
  circleOverview,
  circlePost,
  circlePostList,
  circleSettings,
  circleShare,
  circleShareList,
  createCircleInviteRequest,
  createCircleInviteResponse,
  createCirclePostRequest,
  createCircleShareRequest,
  markNotificationsReadRequest,
  notificationList,
  shareableList,
  shareableQuery,
  updateCircleMemberRequest,
  updateCirclePostRequest,
  updateCircleSettingsRequest,
  updateCircleShareRequest,
} from "../../../../contract/circle.ts";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["circle"];

/** The seeker's side of the support circle: members, invites, shares, posts, notifications. */
export const circleRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const { circle } = services;

  app.get(
    "/api/circle",
    {
      schema: {
        tags,
        summary: "My circle: members, pending invites, digest setting",
        response: { 200: circleOverview },
      },
    },
    async (request) => circle.members.overview(requireActor(request)),
  );

  app.post(
    "/api/circle/invites",
    {
      schema: {
        tags,
        summary: "Invite someone (the link is returned once; emailed when an email account is set up)",
        body: createCircleInviteRequest,
        response: { 201: createCircleInviteResponse, 400: errorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await circle.invites.create(requireActor(request), request.body)),
  );

  app.delete(
    "/api/circle/invites/:id",
    {
      schema: {
        tags,
        summary: "Withdraw a pending invite",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await circle.invites.withdraw(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    "/api/circle/members/:id",
    {
      schema: {
        tags,
        summary: "Change a member's role or whether a coach sees the pipeline summary",
        params: idParams,
        body: updateCircleMemberRequest,
        response: { 200: circleMember, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => circle.members.updateMember(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/circle/members/:id",
    {
      schema: {
        tags,
        summary: "Revoke a member (at once, sessions included)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await circle.members.revokeMember(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/api/circle/settings",
    {
      schema: {
        tags,
        summary: "Whether replies are summed up in an email digest",
        body: updateCircleSettingsRequest,
        response: { 200: circleSettings, 400: errorBody },
      },
    },
    async (request) => circle.members.setDigestEmail(requireActor(request), request.body.digestEmail),
  );

  app.get(
    "/api/circle/shares",
    {
      schema: { tags, summary: "What I share, with whom, and the replies' count", response: { 200: circleShareList } },
    },
    async (request) => ({ items: await circle.shares.list(requireActor(request)) }),
  );

  app.post(
    "/api/circle/shares",
    {
      schema: {
        tags,
        summary: "Share one item with the whole circle or chosen members",
        description:
          "Private types (thought_record, writing_session, check_in) need confirmPrivate: true. " +
          "Sharing an item already shared answers 409 naming itemId; another user's item answers 404.",
        body: createCircleShareRequest,
        response: { 201: circleShare, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await circle.shares.create(requireActor(request), request.body)),
  );

  app.patch(
    "/api/circle/shares/:id",
    {
      schema: {
        tags,
        summary: "Change who sees a share, or its note",
        params: idParams,
        body: updateCircleShareRequest,
        response: { 200: circleShare, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => circle.shares.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/circle/shares/:id",
    {
      schema: {
        tags,
        summary: "Unshare (its replies go too)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await circle.shares.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/circle/shareable",
    {
      schema: {
        tags,
        summary: "My items that can be shared (of one type, or all), with the share each already has",
        querystring: shareableQuery,
        response: { 200: shareableList, 400: errorBody },
      },
    },
    async (request) => ({ items: await circle.shareable(requireActor(request), request.query.itemType) }),
  );

  app.get(
    "/api/circle/posts",
    { schema: { tags, summary: "My written posts", response: { 200: circlePostList } } },
    async (request) => ({ items: await circle.posts.list(requireActor(request)) }),
  );

  app.post(
    "/api/circle/posts",
    {
      schema: {
        tags,
        summary: "Write a post (private until shared)",
        body: createCirclePostRequest,
        response: { 201: circlePost, 400: errorBody },
      },
    },
    async (request, reply) => reply.status(201).send(await circle.posts.create(requireActor(request), request.body)),
  );

  app.get(
    "/api/circle/posts/:id",
    { schema: { tags, summary: "One of my posts", params: idParams, response: { 200: circlePost, 404: errorBody } } },
    async (request) => circle.posts.get(requireActor(request), request.params.id),
  );

  app.patch(
    "/api/circle/posts/:id",
    {
      schema: {
        tags,
        summary: "Change a post",
        params: idParams,
        body: updateCirclePostRequest,
        response: { 200: circlePost, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => circle.posts.update(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/circle/posts/:id",
    {
      schema: {
        tags,
        summary: "Delete a post (its share disappears)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await circle.posts.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/notifications",
    { schema: { tags, summary: "New replies and people who joined my circle", response: { 200: notificationList } } },
    async (request) => circle.notifications.list(requireActor(request)),
  );

  app.post(
    "/api/notifications/read",
    {
      schema: {
        tags,
        summary: "Mark notifications read (all of mine when ids is left out)",
        body: markNotificationsReadRequest,
        response: { 200: notificationList, 400: errorBody },
      },
    },
    async (request) => circle.notifications.markRead(requireActor(request), request.body.ids),
  );
};
