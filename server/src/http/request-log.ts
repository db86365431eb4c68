import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

/**
 * One line per finished request, in place of Fastify's two (incoming and completed), which
 * doubled the logging cost of every request. It names the route pattern rather than the URL:
 * query strings carry people's search terms and the calendar feed's path is its secret, and
 * neither belongs in a log. An `:id` is kept, to find the row a request was about.
 */
export class ConciseRequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const id = (request.params as { id?: unknown } | undefined)?.id;
    const line = {
      method: request.method,
      route: request.routeOptions.url ?? null,
      ...(typeof id === "string" ? { id } : {}),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else reply.log.info(line, "request");
  }
}
