import Fastify from "fastify";

/** One response of the real server, kept byte for byte. */
export interface CapturedResponse {
  status: number;
  contentType: string | null;
  body: Buffer;
}

/** Fetches a response once so the baseline can answer with exactly the same bytes. */
export async function captureResponse(url: string, headers: Record<string, string>): Promise<CapturedResponse> {
  const response = await fetch(url, { headers });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/**
 * A bare Fastify (no plugins, no logger) answering one path from memory with a captured
 * response: the floor the real server is compared against. What separates the two is our
 * own work per request — authentication, the database, serialisation, security headers.
 */
export async function startBaselineServer(
  path: string,
  response: CapturedResponse,
): Promise<{ url: string; stop(): Promise<void> }> {
  const app = Fastify({ logger: false });
  const pathname = new URL(path, "http://localhost").pathname;
  app.get(pathname, (_request, reply) => {
    reply.code(response.status);
    if (response.contentType) reply.header("content-type", response.contentType);
    return reply.send(response.body);
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url, stop: () => app.close() };
}
