import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  createdInvite,
  createInviteRequest,
  type InviteInfo,
  instanceSettings,
  inviteList,
  updateInstanceSettingsRequest,
} from "../../../../contract/admin.ts";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import type { InviteRow } from "./invites.repo.ts";

const tags = ["admin"];

/** The owner's controls: registration mode and invites. Members get 403 from the service. */
export const adminRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/admin/settings",
    {
      schema: { tags, summary: "Instance settings (owner only)", response: { 200: instanceSettings, 403: errorBody } },
    },
    async (request) => services.instance.getSettings(requireActor(request)),
  );

  app.put(
    "/api/admin/settings",
    {
      schema: {
        tags,
        summary: "Change instance settings (owner only)",
        body: updateInstanceSettingsRequest,
        response: { 200: instanceSettings, 403: errorBody },
      },
    },
    async (request) => services.instance.updateSettings(requireActor(request), request.body),
  );

  app.get(
    "/api/admin/invites",
    { schema: { tags, summary: "Registration invites (owner only)", response: { 200: inviteList, 403: errorBody } } },
    async (request) => ({ invites: (await services.instance.listInvites(requireActor(request))).map(presentInvite) }),
  );

  app.post(
    "/api/admin/invites",
    {
      schema: {
        tags,
        summary: "Create a registration invite (owner only; the link is shown once)",
        body: createInviteRequest,
        response: { 201: createdInvite, 403: errorBody },
      },
    },
    async (request, reply) => {
      const created = await services.instance.createInvite(requireActor(request), request.body);
      return reply.status(201).send({ invite: presentInvite(created.invite), token: created.token, url: created.url });
    },
  );

  app.delete(
    "/api/admin/invites/:id",
    {
      schema: {
        tags,
        summary: "Revoke an invite (owner only)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.instance.revokeInvite(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

function presentInvite(row: InviteRow): InviteInfo {
  return {
    id: row.id,
    email: row.email,
    note: row.note,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}
