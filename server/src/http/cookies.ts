import type { CookieSerializeOptions } from "@fastify/cookie";
import type { FastifyReply } from "fastify";
import { sessionLifetimeMs } from "../features/auth/session.service.ts";

/** Cookie names; with https the __Host- prefix pins them to this exact origin. */
export function cookieNames(secure: boolean) {
  const prefix = secure ? "__Host-" : "";
  return { session: `${prefix}debrief_session`, csrf: `${prefix}debrief_csrf` };
}

function baseOptions(secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: "lax", secure, path: "/" };
}

export function setSessionCookie(reply: FastifyReply, secure: boolean, token: string): void {
  reply.setCookie(cookieNames(secure).session, token, {
    ...baseOptions(secure),
    maxAge: Math.floor(sessionLifetimeMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(cookieNames(secure).session, baseOptions(secure));
}

/** The anonymous double-submit CSRF cookie (strict: never sent cross-site). */
export function setCsrfCookie(reply: FastifyReply, secure: boolean, token: string): void {
  reply.setCookie(cookieNames(secure).csrf, token, { ...baseOptions(secure), sameSite: "strict" });
}
