import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.ts";
import type { Db, DialectName } from "../db/database.ts";
import type { ThrottleLimits } from "../features/auth/sign-in-throttle.ts";
import { createServices, type Services } from "../services.ts";
import { createTestDatabase } from "./test-database.ts";

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  db: Db;
  routes: { method: string; url: string; public: boolean }[];
  close(): Promise<void>;
}

export const testPublicUrl = "http://127.0.0.1:4100";

/** The real app on a fresh database of the given dialect, for app.inject() tests. */
export async function createTestApp(
  dialect: DialectName,
  options: { throttle?: ThrottleLimits; publicUrl?: string } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(dialect);
  const publicUrl = options.publicUrl ?? testPublicUrl;
  const services = createServices(db, { publicUrl }, { throttle: options.throttle });
  const routes: TestApp["routes"] = [];
  const app = await buildApp({
    config: { publicUrl, secureCookies: publicUrl.startsWith("https:"), logLevel: "silent" },
    services,
    webDist: null,
    onRoute: (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url, public: route.public });
    },
  });
  await app.ready();
  return {
    app,
    services,
    db,
    routes,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/**
 * A browser-like client over app.inject(): keeps cookies, fetches and sends the CSRF token on
 * state-changing requests, like the web app does.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  /** GET /api/auth/session: picks up the CSRF token (and cookie) like the web app at start. */
  async bootstrap(): Promise<LightMyRequestResponse> {
    const response = await this.request("GET", "/api/auth/session");
    this.csrfToken = response.json().csrfToken;
    return response;
  }

  async request(
    method: InjectOptions["method"],
    url: string,
    body?: unknown,
    extra: { headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const unsafe = !["GET", "HEAD", "OPTIONS"].includes(String(method));
    if (unsafe && extra.csrf !== false && this.csrfToken === null) await this.bootstrap();
    const headers: Record<string, string> = { ...(extra.headers ?? {}) };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    }
    if (unsafe && extra.csrf !== false && this.csrfToken) headers["x-csrf-token"] = this.csrfToken;
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : typeof body === "string" ? { payload: body } : { payload: body as object }),
    });
    for (const cookie of response.cookies) {
      if (cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const json = response.headers["content-type"]?.toString().includes("application/json")
      ? safeJson(response.body)
      : null;
    if (json && typeof json === "object" && "csrfToken" in json && typeof json.csrfToken === "string") {
      this.csrfToken = json.csrfToken;
    }
    return response;
  }

  get = (url: string) => this.request("GET", url);
  post = (url: string, body?: unknown) => this.request("POST", url, body ?? {});
  put = (url: string, body?: unknown) => this.request("PUT", url, body ?? {});
  patch = (url: string, body?: unknown) => this.request("PATCH", url, body ?? {});
  delete = (url: string) => this.request("DELETE", url);

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
