import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  company,
  companyDetail,
  companyList,
  companyListQuery,
  createCompanyRequest,
  updateCompanyRequest,
} from "../../../../contract/companies.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentContact } from "../contacts/contacts.presenter.ts";
import { presentCompany, presentCompanyApplication } from "./companies.presenter.ts";

const tags = ["companies"];

/** The companies a person applies to: list, company page, create, edit, delete. */
export const companiesRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/companies",
    {
      schema: {
        tags,
        summary: "My companies by name, with application counts (q matches the name, ignoring case)",
        querystring: companyListQuery,
        response: { 200: companyList, 400: errorBody },
      },
    },
    async (request) => {
      const page = await services.companies.list(requireActor(request), request.query);
      return { items: page.rows.map(presentCompany), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/companies",
    {
      schema: {
        tags,
        summary: "Add a company (names are unique per person, ignoring case: 409 on a duplicate)",
        body: createCompanyRequest,
        response: { 201: company, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      const row = await services.companies.create(requireActor(request), request.body);
      return reply.status(201).send(presentCompany(row));
    },
  );

  app.get(
    "/api/companies/:id",
    {
      schema: {
        tags,
        summary: "A company with its applications in brief and its contacts",
        params: idParams,
        response: { 200: companyDetail, 404: errorBody },
      },
    },
    async (request) => {
      const detail = await services.companies.detail(requireActor(request), request.params.id);
      return {
        company: presentCompany(detail.company),
        applications: detail.applications.map(presentCompanyApplication),
        contacts: detail.contacts.map(presentContact),
      };
    },
  );

  app.patch(
    "/api/companies/:id",
    {
      schema: {
        tags,
        summary: "Edit a company (a rename is reflected in the search of its applications)",
        params: idParams,
        body: updateCompanyRequest,
        response: { 200: company, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) =>
      presentCompany(await services.companies.update(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/companies/:id",
    {
      schema: {
        tags,
        summary: "Delete a company; its applications and contacts are kept, with no company",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.companies.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
