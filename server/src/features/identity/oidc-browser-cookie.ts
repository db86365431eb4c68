import type { FastifyReply, FastifyRequest } from "fastify";
import { newSecret } from "../auth/secrets.ts";
import { flowLifetimeMs } from "./sign-in-flow.ts";

/**
 * The browser binding: a random value in an HttpOnly cookie whose hash is stored with each flow.
 * A callback URL made in another browser (login CSRF: someone sends you theirs) does not carry
 * it, so it does not sign you in as them. SameSite=Lax: the provider's redirect back is a
 * top-level GET, which Lax cookies accompany.
 */
const cookieName = (secure: boolean) => `${secure ? "__Host-" : ""}debrief_oidc`;
const shape = /^[A-Za-z0-9_-]{43}$/;

export function readBinding(request: FastifyRequest, secure: boolean): string | undefined {
  const value = request.cookies[cookieName(secure)];
  return value && shape.test(value) ? value : undefined;
}

/** Keeps this browser's value (two tabs may sign in at once) or makes one; refreshes its lifetime. */
export function ensureBinding(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const value = readBinding(request, secure) ?? newSecret();
  reply.setCookie(cookieName(secure), value, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: Math.floor(flowLifetimeMs / 1000),
  });
  return value;
}

export function clearBinding(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(cookieName(secure), { httpOnly: true, sameSite: "lax", secure, path: "/" });
}
