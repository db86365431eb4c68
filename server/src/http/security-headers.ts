import type { FastifyInstance } from "fastify";

/** The app's CSP: only our own origin, no inline scripts or styles, no framing. */
const appPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(";");

/**
 * The API reference page (a third-party bundle) needs inline bootstrapping; it is the only
 * page that gets a looser policy, and it shows nothing but the public OpenAPI document.
 */
const docsPolicy =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/**
 * The headers helmet 8 sends with our options (its defaults, minus COEP, with a same-origin
 * referrer policy), written out once. @fastify/helmet rebuilds helmet's middleware — parsing
 * every CSP directive — on each request, which cost healthz a sixth of its throughput.
 */
export function securityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "content-security-policy": options.https ? `${appPolicy};upgrade-insecure-requests` : appPolicy,
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "origin-agent-cluster": "?1",
    "referrer-policy": "same-origin",
    // HSTS only makes sense (and only is safe to send) when the public URL is https.
    ...(options.https ? { "strict-transport-security": "max-age=15552000" } : {}),
    "x-content-type-options": "nosniff",
    "x-dns-prefetch-control": "off",
    "x-download-options": "noopen",
    "x-frame-options": "SAMEORIGIN",
    "x-permitted-cross-domain-policies": "none",
    "x-xss-protection": "0",
  };
}

/**
 * The headers for data (API JSON, the calendar feed), as the OWASP REST cheat sheet lists them:
 * nothing may load or frame it, no sniffing, no caching of private data (a route that wants
 * revalidation, like the feed, sets its own cache-control). The headers above that only mean
 * something for a document (COOP, referrer, DNS prefetch…) are left off; a browser shown a
 * JSON response directly still gets a policy that allows nothing.
 */
export function dataSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return {
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "cross-origin-resource-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
    ...(options.https ? { "strict-transport-security": "max-age=15552000" } : {}),
  };
}

const isDataPath = (url: string) =>
  (url.startsWith("/api/") && !url.startsWith("/api/docs")) || url.startsWith("/calendar/");

/** Sends the security headers on every response: the data set for data, the docs page its own CSP. */
export function installSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const headers = securityHeaders(options);
  const docsHeaders = { ...headers, "content-security-policy": docsPolicy };
  const dataHeaders = dataSecurityHeaders(options);
  app.addHook("onRequest", (request, reply, done) => {
    const { url } = request;
    reply.headers(isDataPath(url) ? dataHeaders : url.startsWith("/api/docs") ? docsHeaders : headers);
    done();
  });
}
