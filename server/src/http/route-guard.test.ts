import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../db/ids.ts";
import { signedInClient } from "../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../testing/test-app.ts";
import { dialects } from "../testing/test-database.ts";

/**
 * The route guard: every registered route is either on this explicit public allowlist, or
 * refuses anonymous callers with 401 and never shows one user's data to another. A route
 * added without coverage here makes this suite fail.
 */
const publicRoutes = new Set([
  "GET /healthz",
  "GET /readyz",
  "GET /api/openapi.json",
  "GET /api/auth/session",
  "POST /api/auth/register",
  "POST /api/auth/sign-in",
]);
/** The API reference page and its assets (a plugin's routes) are public by path. */
const isDocsRoute = (url: string) => url === "/api/docs" || url.startsWith("/api/docs/");

/** Routes only the owner may use: other signed-in users get 403 before any lookup. */
const ownerOnlyRoutes = new Set([
  "GET /api/admin/settings",
  "PUT /api/admin/settings",
  "GET /api/admin/invites",
  "POST /api/admin/invites",
  "DELETE /api/admin/invites/:id",
]);

type Client = TestClient;
interface Seeded {
  owner: { client: Client; email: string };
  ids: Record<string, string>;
}

/**
 * For each route with an :id, how to make a resource that belongs to the owner (user A);
 * the guard then asks for it as user B and expects 404 (or 403 for owner-only routes).
 */
const ownedResourceFixtures: Record<string, (seeded: Seeded) => string> = {
  "DELETE /api/me/sessions/:id": (seeded) => seeded.ids.session as string,
  "DELETE /api/tokens/:id": (seeded) => seeded.ids.token as string,
  "DELETE /api/admin/invites/:id": (seeded) => seeded.ids.invite as string,
};

/** A body that passes validation for routes that need one, so a refusal is the guard's doing. */
const validBodies: Record<string, unknown> = {
  "POST /api/tokens": { name: "guard" },
  "PATCH /api/me": { displayName: "Guard" },
  "PUT /api/me/onboarding": { displayName: "Guard", roleFamilies: [] },
  "PUT /api/me/role-families": { names: [] },
  "POST /api/auth/password": { currentPassword: "x", newPassword: "long enough password" },
  "PUT /api/admin/settings": { registrationMode: "open" },
  "POST /api/admin/invites": {},
};

describe.each(dialects)("route guard on %s", (dialect) => {
  let testApp: TestApp;
  let seeded: Seeded;
  let other: Client;
  let otherEmail: string;

  const apiRoutes = () =>
    testApp.routes
      .filter((route) => route.method !== "HEAD" && route.method !== "OPTIONS")
      .map((route) => ({
        ...route,
        key: `${route.method} ${route.url}`,
      }));
  const guarded = () => apiRoutes().filter((route) => !publicRoutes.has(route.key) && !isDocsRoute(route.url));
  const fill = (url: string, id: string) => url.replace(/:[A-Za-z]+/g, id);

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    const owner = await signedInClient(testApp); // first account: the owner (user A)
    const token = await owner.client.post("/api/tokens", { name: "owner's token" });
    const invite = await owner.client.post("/api/admin/invites", { note: "owner's invite" });
    const sessions = await owner.client.get("/api/me/sessions");
    seeded = {
      owner: { client: owner.client, email: owner.user.email },
      ids: {
        token: token.json().info.id,
        invite: invite.json().invite.id,
        session: sessions.json().sessions[0].id,
      },
    };
    const member = await signedInClient(testApp); // user B
    other = member.client;
    otherEmail = member.user.email;
  });
  afterAll(async () => testApp.close());

  it("collects the routes, and every public route is on the allowlist", () => {
    expect(apiRoutes().length).toBeGreaterThan(15);
    for (const route of apiRoutes()) {
      const allowed = publicRoutes.has(route.key) || isDocsRoute(route.url);
      expect({ route: route.key, public: route.public }).toEqual({ route: route.key, public: allowed });
    }
  });

  it("refuses anonymous callers with 401 on every other route", async () => {
    const anonymous = new TestClient(testApp.app);
    await anonymous.bootstrap(); // even with a valid CSRF token, no session means 401
    for (const route of guarded()) {
      const response = await anonymous.request(route.method as "GET", fill(route.url, newId()), validBodies[route.key]);
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: 401 });
      expect(response.json().error.code).toBe("unauthenticated");
    }
  });

  it("refuses a bogus Bearer token with 401 on every guarded route", async () => {
    for (const route of guarded()) {
      const response = await testApp.app.inject({
        method: route.method as "GET",
        url: fill(route.url, newId()),
        headers: { authorization: "Bearer dbf_not-a-real-token" },
        ...(validBodies[route.key] ? { payload: validBodies[route.key] as object } : {}),
      });
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: 401 });
    }
  });

  it("gives every route with an id a cross-user fixture, and answers another user's id with 404", async () => {
    for (const route of guarded().filter((candidate) => candidate.url.includes(":"))) {
      const fixture = ownedResourceFixtures[route.key];
      expect(fixture, `${route.key} has no cross-user fixture in route-guard.test.ts`).toBeDefined();
      if (!fixture) continue;
      const response = await other.request(
        route.method as "GET",
        fill(route.url, fixture(seeded)),
        validBodies[route.key],
      );
      const expected = ownerOnlyRoutes.has(route.key) ? 403 : 404;
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: expected });
    }
    // Nothing of the owner's was touched by those requests.
    const tokens = await seeded.owner.client.get("/api/tokens");
    expect(tokens.json().tokens.map((token: { id: string }) => token.id)).toContain(seeded.ids.token);
    const invites = await seeded.owner.client.get("/api/admin/invites");
    expect(invites.json().invites.map((invite: { id: string }) => invite.id)).toContain(seeded.ids.invite);
    expect((await seeded.owner.client.get("/api/me")).statusCode).toBe(200);
  });

  it("never shows the owner's data to another user on any list or read route", async () => {
    const secrets = [...Object.values(seeded.ids), seeded.owner.email];
    for (const route of guarded().filter((candidate) => candidate.method === "GET" && !candidate.url.includes(":"))) {
      const response = await other.get(route.url);
      const expected = ownerOnlyRoutes.has(route.key) ? 403 : 200;
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: expected });
      for (const secret of secrets) expect(response.body, `${route.key} leaked ${secret}`).not.toContain(secret);
      expect(response.body).not.toContain("password");
    }
    expect((await other.get("/api/me")).json().user.email).toBe(otherEmail);
  });

  it("lets only the owner use owner-only routes", async () => {
    for (const key of ownerOnlyRoutes) {
      const [method, url] = key.split(" ") as [string, string];
      const response = await other.request(method as "GET", fill(url, newId()), validBodies[key]);
      expect({ route: key, status: response.statusCode }).toEqual({ route: key, status: 403 });
    }
  });
});
