import { randomUUID } from "node:crypto";
import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.ts";
import { applicationsRoutes } from "./features/applications/applications.routes.ts";
import { auditRoutes } from "./features/audit/audit.routes.ts";
import { authRoutes } from "./features/auth/auth.routes.ts";
import { calendarRoutes } from "./features/calendar/calendar.routes.ts";
import { circleRoutes } from "./features/circle/circle.routes.ts";
import { circleMemberRoutes } from "./features/circle/circle-member.routes.ts";
import { companiesRoutes } from "./features/companies/companies.routes.ts";
import { contactsRoutes } from "./features/contacts/contacts.routes.ts";
import { debriefsRoutes } from "./features/debriefs/debriefs.routes.ts";
import { directionRoutes } from "./features/direction/direction.routes.ts";
import { feedbackRoutes } from "./features/feedback/feedback.routes.ts";
import { feedbackPublicRoutes } from "./features/feedback/feedback-public.routes.ts";
import { growthRoutes } from "./features/growth/growth.routes.ts";
import { healthRoutes } from "./features/health/health.routes.ts";
import { identityRoutes } from "./features/identity/identity.routes.ts";
import { oidcRoutes } from "./features/identity/oidc.routes.ts";
import { exportRoutes } from "./features/imports/export.routes.ts";
import { importRoutes } from "./features/imports/imports.routes.ts";
import { insightsRoutes } from "./features/insights/insights.routes.ts";
import { adminRoutes } from "./features/instance/admin.routes.ts";
import { interviewsRoutes } from "./features/interviews/interviews.routes.ts";
import { journalRoutes } from "./features/journal/journal.routes.ts";
import { messagesRoutes } from "./features/messages/messages.routes.ts";
import { outboxRoutes } from "./features/outbox/outbox.routes.ts";
import { smtpAccountRoutes } from "./features/outbox/smtp-account.routes.ts";
import { pipelineRoutes } from "./features/pipeline/pipeline.routes.ts";
import { meRoutes } from "./features/profile/me.routes.ts";
import { readingRoutes } from "./features/reading/reading.routes.ts";
import { strengthsRoutes } from "./features/strengths/strengths.routes.ts";
import { tasksRoutes } from "./features/tasks/tasks.routes.ts";
import { tokensRoutes } from "./features/tokens/tokens.routes.ts";
import { wellbeingRoutes } from "./features/wellbeing/wellbeing.routes.ts";
import { authenticate } from "./http/authenticate.ts";
import { installErrorHandler } from "./http/error-handler.ts";
import { installOpenApi } from "./http/openapi.ts";
import { ConciseRequestLog } from "./http/request-log.ts";
import "./http/request-context.ts";
import { installSecurityHeaders } from "./http/security-headers.ts";
import { installWebApp } from "./http/web-app.ts";
import type { Services } from "./services.ts";

export interface AppOptions {
  config: Pick<Config, "publicUrl" | "secureCookies" | "logLevel"> & { trustProxy?: boolean };
  services: Services;
  /** Folder of the built web app, or null to serve the API only. */
  webDist: string | null;
  /** Called for every route as it is registered (the route guard test collects them). */
  onRoute?: (route: { method: string | string[]; url: string; public: boolean }) => void;
  logger?: FastifyServerOptions["logger"];
}

/** Everything outside /api/ is the web app's static files or health checks, and is public. */
const isPublicByPath = (url: string) => !url.startsWith("/api/") || url.startsWith("/api/docs");

/** Builds the Fastify app: plugins, error handling, security, every feature's routes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, services } = options;
  const app = Fastify({
    // Silent means no logger at all: a pino logger set to silent still builds a child logger
    // for every request, which cost a tenth of a cached read's throughput.
    logger: options.logger ?? (config.logLevel === "silent" ? false : { level: config.logLevel }),
    bodyLimit: 1024 * 1024,
    // Request ids need only be unique, not time-ordered: randomUUID is cheaper than a v7.
    genReqId: () => randomUUID(),
    logController: new ConciseRequestLog(),
    trustProxy: config.trustProxy ?? false,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // The request id is in every log line; sending it back lets a person quote it in a bug report.
  app.addHook("onRequest", (request, reply, done) => {
    reply.header("x-request-id", request.id);
    done();
  });

  app.addHook("onRoute", (route) => {
    if (isPublicByPath(route.url)) route.config = { ...(route.config ?? {}), public: true };
    options.onRoute?.({ method: route.method, url: route.url, public: Boolean(route.config?.public) });
  });

  installSecurityHeaders(app, { https: config.secureCookies });
  await app.register(cookie);
  await app.register(authenticate, { services, secureCookies: config.secureCookies });
  await installOpenApi(app, config.publicUrl);

  await app.register(healthRoutes, { db: services.db });
  await app.register(authRoutes, { services, secureCookies: config.secureCookies });
  await app.register(oidcRoutes, { services, secureCookies: config.secureCookies });
  await app.register(identityRoutes, { services });
  await app.register(meRoutes, { services });
  await app.register(tokensRoutes, { services });
  await app.register(adminRoutes, { services });
  await app.register(applicationsRoutes, { services });
  await app.register(interviewsRoutes, { services });
  await app.register(debriefsRoutes, { services });
  await app.register(tasksRoutes, { services });
  await app.register(pipelineRoutes, { services });
  await app.register(companiesRoutes, { services });
  await app.register(contactsRoutes, { services });
  await app.register(insightsRoutes, { services });
  await app.register(directionRoutes, { services });
  await app.register(calendarRoutes, { services });
  await app.register(importRoutes, { services });
  await app.register(exportRoutes, { services });
  await app.register(smtpAccountRoutes, { services });
  await app.register(outboxRoutes, { services });
  await app.register(feedbackRoutes, { services });
  await app.register(feedbackPublicRoutes, { services, secureCookies: config.secureCookies });
  await app.register(messagesRoutes, { services });
  await app.register(growthRoutes, { services });
  await app.register(wellbeingRoutes, { services });
  await app.register(journalRoutes, { services });
  await app.register(strengthsRoutes, { services });
  await app.register(auditRoutes, { services });
  await app.register(circleRoutes, { services });
  await app.register(circleMemberRoutes, { services });
  await app.register(readingRoutes, { services });

  await installWebApp(app, options.webDist);
  return app;
}
