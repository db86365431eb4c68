import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  application,
  applicationList,
  applicationListQuery,
  applicationNote,
  createApplicationRequest,
  createNoteRequest,
  moveStageRequest,
  updateApplicationRequest,
} from "../../../../contract/applications.ts";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import { applicationDetail } from "../../../../contract/pipeline.ts";
import { requireActor } from "../../http/request-context.ts";
import { sendSerializedJson } from "../../http/send-serialized.ts";
import type { Services } from "../../services.ts";
import { presentApplication, presentNote } from "./applications.presenter.ts";

const tags = ["applications"];
const failures = { 400: errorBody, 404: errorBody };

/** Applications: the table's list, the application page, edits, stage moves and notes. */
export const applicationsRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/applications",
    {
      schema: {
        tags,
        summary: "List my applications (filtered, sorted, cursor-paginated)",
        description:
          "`q` searches role titles, companies, locations, sources, tags and notes. `stage` takes several values, comma-separated or repeated. Pass `nextCursor` back as `cursor` for the next page.",
        querystring: applicationListQuery,
        response: { 200: applicationList, 400: errorBody },
      },
    },
    async (request, reply) =>
      sendSerializedJson(reply, await services.applications.listJson(requireActor(request), request.query)),
  );

  app.post(
    "/api/applications",
    {
      schema: {
        tags,
        summary: "Add an application (a company named by companyName is found or created)",
        body: createApplicationRequest,
        response: { 201: application, 400: errorBody },
      },
    },
    async (request, reply) => {
      const created = await services.applications.create(requireActor(request), request.body);
      return reply.status(201).send(presentApplication(created));
    },
  );

  app.get(
    "/api/applications/:id",
    {
      schema: {
        tags,
        summary: "One application with its interviews, tasks, contacts, notes and timeline",
        params: idParams,
        response: { 200: applicationDetail, 404: errorBody },
      },
    },
    async (request, reply) => {
      const json = await services.applicationDetail.json(requireActor(request), request.params.id);
      return sendSerializedJson(reply, json);
    },
  );

  app.patch(
    "/api/applications/:id",
    {
      schema: {
        tags,
        summary: "Edit an application (only the fields given change; a new stage is recorded in its history)",
        params: idParams,
        body: updateApplicationRequest,
        response: { 200: application, ...failures },
      },
    },
    async (request) =>
      presentApplication(await services.applications.update(requireActor(request), request.params.id, request.body)),
  );

  app.post(
    "/api/applications/:id/stage",
    {
      schema: {
        tags,
        summary: "Move an application to a stage (recorded with its time in the stage history)",
        params: idParams,
        body: moveStageRequest,
        response: { 200: application, ...failures },
      },
    },
    async (request) =>
      presentApplication(await services.applications.moveStage(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/applications/:id",
    {
      schema: {
        tags,
        summary: "Delete an application with its interviews, tasks, notes and history",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.applications.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/applications/:id/notes",
    {
      schema: {
        tags,
        summary: "Add a note to an application's timeline",
        params: idParams,
        body: createNoteRequest,
        response: { 201: applicationNote, ...failures },
      },
    },
    async (request, reply) => {
      const note = await services.applicationNotes.add(requireActor(request), request.params.id, request.body.body);
      return reply.status(201).send(presentNote(note));
    },
  );

  app.patch(
    "/api/application-notes/:id",
    {
      schema: {
        tags,
        summary: "Edit a note",
        params: idParams,
        body: createNoteRequest,
        response: { 200: applicationNote, ...failures },
      },
    },
    async (request) =>
      presentNote(await services.applicationNotes.edit(requireActor(request), request.params.id, request.body.body)),
  );

  app.delete(
    "/api/application-notes/:id",
    { schema: { tags, summary: "Delete a note", params: idParams, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      await services.applicationNotes.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/tags",
    {
      schema: {
        tags,
        summary: "Every tag I have used, for filters",
        response: { 200: z.object({ tags: z.array(z.string()) }) },
      },
    },
    async (request) => ({ tags: await services.applications.tags(requireActor(request)) }),
  );
};
