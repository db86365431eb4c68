import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../db/ids.ts";
import { signedInClient } from "../testing/factories.ts";
import {
  isDocsRoute,
  ownerOnlyRoutes,
  ownKindRoutes,
  publicRoutes,
  validBodies,
} from "../testing/route-guard-routes.ts";
import { ownedResourceFixtures, type Seeded, seedOwnerResources } from "../testing/route-guard-seed.ts";
import { createTestApp, type TestApp, TestClient } from "../testing/test-app.ts";
import { dialects } from "../testing/test-database.ts";

/**
 * The route guard: every registered route is either on the explicit public allowlist
 * (testing/route-guard-routes.ts), or refuses anonymous callers with 401 and never shows one
 * user's data to another. A route with an :id and no fixture in testing/route-guard-seed.ts
 * makes this suite fail.
 */
type Client = TestClient;

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
    seeded = await seedOwnerResources(testApp);
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
    for (const route of guarded().filter(
      (candidate) => candidate.url.includes(":") && !ownKindRoutes.has(candidate.key),
    )) {
      const fixture = ownedResourceFixtures[route.key];
      expect(fixture, `${route.key} has no cross-user fixture in testing/route-guard-seed.ts`).toBeDefined();
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
    const detail = (await seeded.owner.client.get(`/api/applications/${seeded.ids.application}`)).json();
    expect(detail.application.roleTitle).toBe("Owner's role");
    expect(detail.application.stage).toBe("wishlist");
    expect(detail.notes.map((note: { id: string }) => note.id)).toContain(seeded.ids.note);
    expect(detail.interviews.map((interview: { roundName: string }) => interview.roundName)).toContain("Owner's round");
    const debrief = (await seeded.owner.client.get(`/api/interviews/${seeded.ids.debriefedInterview}/debrief`)).json();
    expect(debrief).toMatchObject({ energy: 3, doDifferently: "Owner's lesson" });
    expect(detail.tasks[0].done).toBe(false);
    const company = (await seeded.owner.client.get(`/api/companies/${seeded.ids.company}`)).json().company;
    expect(company.name).toBe("Owner's company");
    const contact = (await seeded.owner.client.get(`/api/contacts/${seeded.ids.contact}`)).json().contact;
    expect(contact.name).toBe("Owner's contact");
    const message = (await seeded.owner.client.get(`/api/outbox/${seeded.ids.outboxMessage}`)).json();
    expect(message.status).toBe("queued");
  });

  it("never shows the owner's data to another user on any list or read route", async () => {
    const secrets = [...Object.values(seeded.ids), seeded.owner.email, "Owner's", "owner-tag", "owner-smtp-login"];
    for (const route of guarded().filter((candidate) => candidate.method === "GET" && !candidate.url.includes(":"))) {
      const response = await other.get(route.url);
      const expected = ownerOnlyRoutes.has(route.key) ? 403 : 200;
      expect({ route: route.key, status: response.statusCode }).toEqual({ route: route.key, status: expected });
      for (const secret of secrets) expect(response.body, `${route.key} leaked ${secret}`).not.toContain(secret);
      // No password hash or secret field leaks (the word itself may appear: a sign-in's method is "password").
      expect(response.body).not.toContain("$argon2");
      expect(response.body).not.toMatch(/password_?hash|"password":/i);
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
