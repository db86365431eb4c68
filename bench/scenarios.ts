/**
 * What the benchmark measures: GET requests a real client makes, each with the headers it
 * needs. To add one, append an entry; the runner captures its response, builds a bare baseline
 * for it and measures both. A scenario whose route answers 404 (not built yet) is skipped.
 */

/** What scenarios may use to build their requests: the seeded heavy seeker and their credentials. */
export interface BenchContext {
  userId: string;
  /** A personal access token, for Authorization: Bearer. */
  token: string;
  /** The Cookie header value that carries the heavy seeker's session. */
  sessionCookie: string;
  /** Whether web/dist/index.html exists (the static scenario needs a web build). */
  hasWebBuild: boolean;
  /** The heavy seeker's application with the most interviews and stage changes. */
  applicationId: string | null;
  /** The path of their calendar feed (/calendar/<secret>.ics), or why there is none. */
  calendarFeed: { path: string } | { problem: string };
}

export interface Scenario {
  /** Short and unique: it names the row in the table and the value for --only. */
  name: string;
  /** The path (and query) to GET. */
  path: string | ((context: BenchContext) => string);
  headers?: (context: BenchContext) => Record<string, string>;
  /** Why the scenario cannot run here, or null when it can. */
  skip?: (context: BenchContext) => string | null;
}

const bearer = (context: BenchContext) => ({ authorization: `Bearer ${context.token}` });
const cookie = (context: BenchContext) => ({ cookie: context.sessionCookie });

export const scenarios: Scenario[] = [
  { name: "healthz", path: "/healthz" },
  { name: "readyz", path: "/readyz" },
  { name: "session-anonymous", path: "/api/auth/session" },
  { name: "me-bearer", path: "/api/me", headers: bearer },
  { name: "me-cookie", path: "/api/me", headers: cookie },
  { name: "tokens-bearer", path: "/api/tokens", headers: bearer },
  {
    name: "static-index",
    path: "/",
    skip: (context) => (context.hasWebBuild ? null : "web/dist/index.html is missing (run `npm run build` first)"),
  },
  { name: "openapi", path: "/api/openapi.json" },
  // The Pipeline, as the web app loads it (with the session cookie).
  { name: "board", path: "/api/board", headers: cookie },
  { name: "applications-applied", path: "/api/applications?stage=applied&limit=50", headers: cookie },
  { name: "applications-search", path: "/api/applications?q=berlin&limit=50", headers: cookie },
  {
    name: "application-detail",
    path: (context) => `/api/applications/${context.applicationId ?? "none"}`,
    headers: cookie,
    skip: (context) => (context.applicationId ? null : "the heavy seeker has no application"),
  },
  { name: "funnel", path: "/api/insights/funnel", headers: cookie },
  // Direction insights from the heavy seeker's 5,000 debriefs; selecting it also runs the
  // uncached scaling measurement (bench/direction-scaling.ts).
  { name: "direction", path: "/api/insights/direction", headers: cookie },
  // Calendar apps poll the feed with nothing but its secret URL, and accept gzip.
  {
    name: "calendar-feed",
    headers: () => ({ "accept-encoding": "gzip" }),
    path: (context) => ("path" in context.calendarFeed ? context.calendarFeed.path : "/calendar/none.ics"),
    skip: (context) => ("problem" in context.calendarFeed ? context.calendarFeed.problem : null),
  },
];

/** The path a scenario requests in this context. */
export function scenarioPath(scenario: Scenario, context: BenchContext): string {
  return typeof scenario.path === "function" ? scenario.path(context) : scenario.path;
}
