import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import { createTaskRequest, task, taskList, taskListQuery, updateTaskRequest } from "../../../../contract/tasks.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";
import { presentTask } from "./tasks.presenter.ts";

const tags = ["tasks"];

/** Tasks and reminders. */
export const tasksRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    "/api/tasks",
    {
      schema: {
        tags,
        summary: "List my tasks by due date, undated last (cursor-paginated)",
        querystring: taskListQuery,
        response: { 200: taskList, 400: errorBody },
      },
    },
    async (request) => {
      const page = await services.tasks.list(requireActor(request), request.query);
      return { items: page.items.map(presentTask), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/tasks",
    {
      schema: {
        tags,
        summary: "Add a task, optionally for an application or interview",
        body: createTaskRequest,
        response: { 201: task, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentTask(await services.tasks.create(requireActor(request), request.body))),
  );

  app.patch(
    "/api/tasks/:id",
    {
      schema: {
        tags,
        summary: "Edit a task or mark it done/undone",
        params: idParams,
        body: updateTaskRequest,
        response: { 200: task, 400: errorBody, 404: errorBody },
      },
    },
    async (request) => presentTask(await services.tasks.update(requireActor(request), request.params.id, request.body)),
  );

  app.delete(
    "/api/tasks/:id",
    { schema: { tags, summary: "Delete a task", params: idParams, response: { 204: noContent, 404: errorBody } } },
    async (request, reply) => {
      await services.tasks.delete(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
