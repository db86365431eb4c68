import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBody, idParams, noContent } from "../../../../contract/common.ts";
import {
  activity,
  activityList,
  activityLog,
  activityLogList,
  balanceWeek,
  checkIn,
  checkInList,
  comparisonList,
  comparisonsQuery,
  createActivityLogRequest,
  createActivityRequest,
  createJobSearchTimeRequest,
  dayParams,
  dayRangeQuery,
  jobSearchTime,
  jobSearchTimeList,
  saveCheckInRequest,
  updateActivityRequest,
  weekQuery,
} from "../../../../contract/wellbeing.ts";
import { requireActor } from "../../http/request-context.ts";
import type { Services } from "../../services.ts";

const tags = ["wellbeing"];

/** The daily check-in, activities outside job-seeker mode, and the weekly balance. All private. */
export const wellbeingRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.put(
    "/api/check-ins/:day",
    {
      schema: {
        tags,
        summary: "Save the day's check-in (pleasantness × energy, each -2 … 2)",
        description:
          "One check-in per day (the user's local day). Answers 201 when new, 200 when it replaced the day's " +
          "earlier check-in; a note left out is cleared.",
        params: dayParams,
        body: saveCheckInRequest,
        response: { 200: checkIn, 201: checkIn, 400: errorBody },
      },
    },
    async (request, reply) => {
      const saved = await services.wellbeing.saveCheckIn(requireActor(request), request.params.day, request.body);
      return reply.status(saved.created ? 201 : 200).send(saved.checkIn);
    },
  );

  app.delete(
    "/api/check-ins/:day",
    {
      schema: {
        tags,
        summary: "Delete the day's check-in",
        params: dayParams,
        response: { 204: noContent, 400: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.wellbeing.deleteCheckIn(requireActor(request), request.params.day);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/check-ins",
    {
      schema: {
        tags,
        summary: "My check-ins, newest day first (optionally from/to, inclusive)",
        querystring: dayRangeQuery,
        response: { 200: checkInList, 400: errorBody },
      },
    },
    async (request) => ({ items: await services.wellbeing.listCheckIns(requireActor(request), request.query) }),
  );

  app.get(
    "/api/check-ins/comparisons",
    {
      schema: {
        tags,
        summary: "Average pleasantness and energy on days with each activity (and interview days) vs without",
        description:
          "The Bearable method: only check-in days count; averages are given only when each side has at least " +
          "3 check-in days (enoughDays), and the counts are always given. An interview's day is taken in " +
          "timeZone (the user's IANA zone) when given, else in the interview's own zone.",
        querystring: comparisonsQuery,
        response: { 200: comparisonList, 400: errorBody },
      },
    },
    async (request) => services.wellbeing.comparisons(requireActor(request), request.query.timeZone),
  );

  app.get(
    "/api/activities",
    { schema: { tags, summary: "My activities outside job-seeker mode", response: { 200: activityList } } },
    async (request) => ({ items: await services.wellbeing.listActivities(requireActor(request)) }),
  );

  app.post(
    "/api/activities",
    {
      schema: {
        tags,
        summary: "Add an activity to my list",
        body: createActivityRequest,
        response: { 201: activity, 400: errorBody, 409: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.wellbeing.createActivity(requireActor(request), request.body.name)),
  );

  app.patch(
    "/api/activities/:id",
    {
      schema: {
        tags,
        summary: "Rename or archive an activity (archived ones keep their logs but leave the buttons)",
        params: idParams,
        body: updateActivityRequest,
        response: { 200: activity, 400: errorBody, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => services.wellbeing.updateActivity(requireActor(request), request.params.id, request.body),
  );

  app.delete(
    "/api/activities/:id",
    {
      schema: {
        tags,
        summary: "Delete an activity and its logs",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.wellbeing.deleteActivity(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/activity-logs",
    {
      schema: {
        tags,
        summary: "Log an activity (optional minutes and how it left me feeling)",
        body: createActivityLogRequest,
        response: { 201: activityLog, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.wellbeing.createLog(requireActor(request), request.body)),
  );

  app.get(
    "/api/activity-logs",
    {
      schema: {
        tags,
        summary: "My activity logs, newest day first (optionally from/to, inclusive)",
        querystring: dayRangeQuery,
        response: { 200: activityLogList, 400: errorBody },
      },
    },
    async (request) => ({ items: await services.wellbeing.listLogs(requireActor(request), request.query) }),
  );

  app.delete(
    "/api/activity-logs/:id",
    {
      schema: {
        tags,
        summary: "Delete an activity log",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.wellbeing.deleteLog(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/job-search-time",
    {
      schema: {
        tags,
        summary: "Job-search time I entered by hand",
        querystring: dayRangeQuery,
        response: { 200: jobSearchTimeList, 400: errorBody },
      },
    },
    async (request) => ({ items: await services.wellbeing.listJobSearchTime(requireActor(request), request.query) }),
  );

  app.post(
    "/api/job-search-time",
    {
      schema: {
        tags,
        summary: "Add job-search time by hand (on top of what the app counts from its own records)",
        body: createJobSearchTimeRequest,
        response: { 201: jobSearchTime, 400: errorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.wellbeing.createJobSearchTime(requireActor(request), request.body)),
  );

  app.delete(
    "/api/job-search-time/:id",
    {
      schema: {
        tags,
        summary: "Delete a job-search time entry",
        params: idParams,
        response: { 204: noContent, 404: errorBody },
      },
    },
    async (request, reply) => {
      await services.wellbeing.deleteJobSearchTime(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/balance/week",
    {
      schema: {
        tags,
        summary: "The week's balance: job-search time vs activities outside job-seeker mode",
        description:
          "The week runs Monday–Sunday around weekStart (default: this week). Job-search minutes come from the " +
          "app's records — interviews count their length; applications added, debriefs written, prep edited and " +
          "messages sent each count a fixed estimate named in jobSearchSources — plus manual entries. A gentle " +
          "note appears when at least 90 % of the counted time was job search, unless set aside for that week. " +
          "Records are placed on local days in timeZone (the user's IANA zone; default UTC), like check-ins.",
        querystring: weekQuery,
        response: { 200: balanceWeek, 400: errorBody },
      },
    },
    async (request) => services.wellbeing.week(requireActor(request), request.query.weekStart, request.query.timeZone),
  );

  app.post(
    "/api/balance/week/dismiss",
    {
      schema: {
        tags,
        summary: "Set aside the week's gentle note",
        querystring: weekQuery,
        response: { 200: balanceWeek, 400: errorBody },
      },
    },
    async (request) =>
      services.wellbeing.dismissWeek(requireActor(request), request.query.weekStart, request.query.timeZone),
  );
};
