import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBody } from "../../../../contract/common.ts";
import {
  type OidcErrorCode,
  oidcCallbackQuery,
  oidcSlugParams,
  oidcStartQuery,
  signInOptions,
} from "../../../../contract/identity.ts";
import { AppError } from "../../errors.ts";
import { setSessionCookie } from "../../http/cookies.ts";
import type { Services } from "../../services.ts";
import { clearBinding, ensureBinding, readBinding } from "./oidc-browser-cookie.ts";
import { OidcFlowError } from "./oidc-sign-in.service.ts";

const tags = ["auth"];
const redirect = z.null().describe("302 to the provider, or back to the web app");

/** Where a failed flow sends the browser, with a code the page explains. */
function failurePath(code: OidcErrorCode, intent: "sign_in" | "link"): string {
  const page = intent === "link" ? "/settings/sign-in-methods" : "/sign-in";
  return `${page}?error=${code}`;
}

/** The chain of causes ("answer refused: unexpected JWT claim value…"), for the owner's log. */
function reasons(error: unknown): string {
  const parts: string[] = [];
  for (let at: unknown = error; at instanceof Error && parts.length < 4; at = at.cause) parts.push(at.message);
  return parts.join(": ") || String(error);
}

/**
 * Signing in through an identity provider. These are browser navigations, not API calls: every
 * outcome, failures included, is a redirect the web app can show, never a bare error page.
 */
export const oidcRoutes: FastifyPluginAsyncZod<{ services: Services; secureCookies: boolean }> = async (
  app,
  { services, secureCookies },
) => {
  const fail = (reply: FastifyReply, error: unknown, fallbackIntent: "sign_in" | "link") => {
    const flowError = error instanceof OidcFlowError ? error : null;
    const code = flowError?.code ?? "provider_unavailable";
    const cause = flowError?.cause ?? error;
    // The reason goes to the server log for the owner; the browser gets only the code.
    reply.log.warn({ code, reason: reasons(cause) }, "identity sign-in refused");
    return reply.redirect(failurePath(code, flowError?.intent ?? fallbackIntent), 302);
  };

  app.get(
    "/api/auth/providers",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The sign-in buttons to show (enabled providers) and whether password sign-in is on",
        response: { 200: signInOptions },
      },
    },
    async (_request, reply) => {
      reply.header("cache-control", "no-store");
      return services.identityProviders.signInOptions();
    },
  );

  app.get(
    "/api/auth/oidc/:slug/start",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Start signing in (or linking, when signed in) through a provider: redirects to it",
        params: oidcSlugParams,
        querystring: oidcStartQuery,
        response: { 302: redirect, 400: errorBody },
      },
    },
    async (request, reply) => {
      try {
        await services.signInStartLimit.hit(request.ip);
      } catch (error) {
        const limited = error instanceof AppError && error.status === 429;
        return fail(
          reply,
          limited ? new OidcFlowError("rate_limited", request.query.intent) : error,
          request.query.intent,
        );
      }
      try {
        const binding = ensureBinding(request, reply, secureCookies);
        const url = await services.oidcSignIn.start(request.params.slug, request.query, request.actor, binding);
        reply.header("cache-control", "no-store");
        return reply.redirect(url.href, 302);
      } catch (error) {
        return fail(reply, error, request.query.intent);
      }
    },
  );

  app.get(
    "/api/auth/oidc/:slug/callback",
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Where the provider sends the browser back: finishes the sign-in, then redirects",
        params: oidcSlugParams,
        querystring: oidcCallbackQuery,
        response: { 302: redirect, 400: errorBody },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      const binding = readBinding(request, secureCookies);
      clearBinding(reply, secureCookies);
      const queryStart = request.url.indexOf("?");
      const callbackUrl = new URL(services.identityProviders.redirectUri(request.params.slug));
      callbackUrl.search = queryStart >= 0 ? request.url.slice(queryStart) : "";
      try {
        const userAgent = request.headers["user-agent"];
        const outcome = await services.oidcSignIn.finish(request.params.slug, callbackUrl, binding, request.actor, {
          ip: request.ip,
          userAgent: typeof userAgent === "string" ? userAgent : null,
        });
        if (outcome.kind === "signed_in") setSessionCookie(reply, secureCookies, outcome.session.token);
        return reply.redirect(outcome.returnTo, 302);
      } catch (error) {
        return fail(reply, error, "sign_in");
      }
    },
  );
};
