import { request } from "node:http";
import Fastify from "fastify";

/** One response of the real server, kept byte for byte (compressed bytes stay compressed). */
export interface CapturedResponse {
  status: number;
  contentType: string | null;
  contentEncoding: string | null;
  body: Buffer;
}

/**
 * Fetches a response once so the baseline can answer with exactly the same bytes. node:http
 * rather than fetch, which would unzip a gzip body and leave the baseline sending more bytes.
 */
export function captureResponse(url: string, headers: Record<string, string>): Promise<CapturedResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers["content-type"] ?? null,
          contentEncoding: response.headers["content-encoding"] ?? null,
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on("error", reject)
      .end();
  });
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
    if (response.contentEncoding) reply.header("content-encoding", response.contentEncoding);
    return reply.send(response.body);
  });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return { url, stop: () => app.close() };
}
