import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  contact,
  contactDetail,
  contactList,
  contactListQuery,
  createContactRequest,
  updateContactRequest,
} from "../../../../contract/contacts.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentContact, presentContactApplication, presentContactInterview } from "./contacts.presenter.ts";

const tags = ["contacts"];

/** The people met along the way: recruiters, interviewers, referrers. */
export const contactsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/contacts",
    {
      schema: {
        tags,
        summary: "My contacts by name (q matches name, email or role title; companyId narrows to one company)",
        querystring: contactListQuery,
        response: { 200: contactList, 400: errorBody },
      },
    },
    async (request) => {
      const page = await services.contacts.list(requireActor(request), request.query);
      return { items: page.rows.map(presentContact), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/contacts",
    {
      schema: {
        tags,
        summary: "Add a contact (companyId must be one of my companies)",
        body: createContactRequest,
        response: { 201: contact, 400: errorBody },
      },
    },
    async (request, reply) => {
      const row = await services.contacts.create(requireActor(request), request.body);
      return reply.status(201).send(presentContact(row));
    },
  );

  app.get(
    "/api/contacts/:id",
    {
      schema: {
        tags,
        summary: "A contact with the applications it is linked to and the interviews it sat on",
        params: idParams,
        response: { 200: contactDetail, 404: errorBody },
      },
    },
    async (request) => {
      const detail = await services.contacts.detail(requireActor(request), request.params.id);
      return {
        contact: presentContact(detail.contact),
        applications: detail.applications.map(presentContactApplication),
        interviews: detail.interviews.map(presentContactInterview),
      };
    },
  );

  app.patch(
    "/api/contacts/:id",
    {
      schema: {
        tags,
        summary: "Edit a contact",
        params: idParams,
        body: updateContactRequest,
        response: { 200: contact, 400: errorBody, 404: errorBody },
      },
    },
    async (request) =>
      presentContact(await services.contacts.update(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/contacts/:id",
    {
      schema: {
        tags,
        summary: "Delete a contact (its links to applications and interviews go; they stay)",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.contacts.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
