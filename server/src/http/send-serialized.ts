import type { FastifyReply } from "fastify";

/**
 * Sends JSON that a read-model cache already serialised (a Buffer for large read models, so
 * the bytes are encoded once, not on every request). Fastify passes a string body with a
 * JSON content type through untouched, so the response schema still documents the shape (and
 * route tests check it) while the hot path skips a second serialisation of a large payload.
 */
export function sendSerializedJson(reply: FastifyReply, json: string | Buffer) {
  // The route's schema types the body as the parsed object; the bytes are that object's JSON.
  return reply.type("application/json; charset=utf-8").send(json as never);
}
