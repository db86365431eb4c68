import type { Actor } from "../features/auth/actor.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user (by session cookie or Bearer token), or null. */
    actor: Actor | null;
    /** The session's CSRF token when signed in by cookie. */
    sessionCsrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. Every other route answers 401 to anonymous requests. */
    public?: boolean;
  }
}

/** Returns the actor of a route that is not public (the guard has already checked it). */
export function requireActor(request: { actor: Actor | null }): Actor {
  if (!request.actor) throw new Error("requireActor used on a public route");
  return request.actor;
}
