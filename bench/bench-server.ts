import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../server/src/config.ts";
import { DemoDataRepo, type PipelineCounts } from "../server/src/demo/demo-data.repo.ts";
import { seedHeavySeeker } from "../server/src/demo/demo-seed.ts";
import { cookieNames } from "../server/src/http/cookies.ts";
import { startServer, webDistDir } from "../server/src/main.ts";
import type { Services } from "../server/src/services.ts";
import type { BenchContext } from "./scenarios.ts";

/** The real server under test, with a seeded heavy seeker signed in two ways. */
export interface BenchTarget {
  url: string;
  context: BenchContext;
  seeded: PipelineCounts;
  /** The server's own services, for measurements that bypass HTTP (direction-scaling.ts). */
  services: Services;
  stop(): Promise<void>;
}

const email = "heavy-seeker@bench.example";
const password = "benchmark password, not a secret";

/** "name=value" of a cookie the response sets, for sending it back. */
function setCookie(response: Response, name: string): string {
  const found = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (!found) throw new Error(`${response.url} did not set the ${name} cookie`);
  return found.split(";")[0] ?? "";
}

/**
 * Signs in over HTTP the way the web app does (session bootstrap for the CSRF cookie and
 * token, then the sign-in POST), so the cookie scenario uses a session made by the real flow.
 */
async function signInOverHttp(url: string, names: { session: string; csrf: string }): Promise<string> {
  const bootstrap = await fetch(`${url}/api/auth/session`);
  const { csrfToken } = (await bootstrap.json()) as { csrfToken: string };
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: setCookie(bootstrap, names.csrf),
      "x-csrf-token": csrfToken,
    },
    body: JSON.stringify({ email, password }),
  });
  if (!signIn.ok) throw new Error(`sign-in for the benchmark failed: ${signIn.status} ${await signIn.text()}`);
  return setCookie(signIn, names.session);
}

/**
 * Turns on the heavy seeker's calendar feed the way the web app does (POST, here with the
 * Bearer token) and returns the feed's path, or why there is none.
 */
async function enableCalendarFeed(url: string, token: string): Promise<{ path: string } | { problem: string }> {
  const response = await fetch(`${url}/api/calendar/feed`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) return { problem: `POST /api/calendar/feed answered ${response.status}` };
  const { url: feedUrl } = (await response.json()) as { url: string };
  // The URL is built from PUBLIC_URL, whose port (0 here) is not the one the server got.
  return { path: new URL(feedUrl).pathname };
}

/**
 * Starts the real server on a loopback port with the given database, registers the heavy
 * seeker, seeds their search, and gives them a session cookie and a personal access token.
 */
export async function startBenchServer(options: { databaseUrl: string; applications: number }): Promise<BenchTarget> {
  const config = loadConfig({
    DATABASE_URL: options.databaseUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
  });
  // Checked when the server starts, because that is when it decides whether to serve web/dist.
  const hasWebBuild = existsSync(join(webDistDir, "index.html"));
  const server = await startServer(config);
  try {
    const { services } = server;
    const { user, session } = await services.auth.register(
      { email, password, displayName: "Heavy Seeker" },
      { ip: "127.0.0.1", userAgent: "bench" },
    );
    const seeded = await seedHeavySeeker(services.db, user.id, { applications: options.applications });
    const actor = { userId: user.id, role: user.role, via: "session" as const, sessionId: session.sessionId };
    const { token } = await services.tokens.create(actor, { name: "bench" });
    const sessionCookie = await signInOverHttp(server.url, cookieNames(config.secureCookies));
    const applicationId = (await new DemoDataRepo(services.db.kysely).busiestApplicationId(user.id)) ?? null;
    const calendarFeed = await enableCalendarFeed(server.url, token);
    return {
      url: server.url,
      seeded,
      context: { userId: user.id, token, sessionCookie, hasWebBuild, applicationId, calendarFeed },
      services,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
