import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/** The app's CSP: only our own origin, no inline scripts or styles, no framing. */
const appDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * The API reference page (a third-party bundle) needs inline bootstrapping; it is the only
 * page that gets a looser policy, and it shows nothing but the public OpenAPI document.
 */
const docsPolicy =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

export async function installSecurityHeaders(app: FastifyInstance, options: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: options.https ? { ...appDirectives, upgradeInsecureRequests: [] } : appDirectives,
    },
    // HSTS only makes sense (and only is safe to send) when the public URL is https.
    strictTransportSecurity: options.https ? { maxAge: 15552000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "same-origin" },
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.url.startsWith("/api/docs")) reply.header("content-security-policy", docsPolicy);
  });
}
