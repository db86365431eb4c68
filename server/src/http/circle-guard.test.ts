import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../db/ids.ts";
import { inviteAndJoin } from "../features/circle/circle-test-fixture.ts";
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
 * The route guard for the support circle. The seeded owner is a seeker with three members:
 * M1 (an allowed coach, chosen for a shared item), M2 (a member the item was not chosen for)
 * and M3 (revoked, with the session they had). Circle membership grants nothing outside the
 * circle routes: every :id route of every feature answers all three like a stranger.
 */
type Member = { client: TestClient; user: { id: string }; memberId: string };

/** Circle routes where access through the circle is the point: tested one by one below. */
const memberSideRoutes = new Set([
  "GET /api/circle/shared/:shareId",
  "POST /api/circle/shared/:shareId/replies",
  "GET /api/circle/seekers/:seekerId/pipeline",
  "POST /api/circle/memberships/:seekerId/leave",
]);

describe.each(dialects)("circle route guard on %s", (dialect) => {
  let testApp: TestApp;
  let seeded: Seeded;
  let m1: Member;
  let m2: Member;
  let m3: Member;
  let chosenShareId: string;
  let m1ReplyId: string;
  const fill = (url: string, id: string) => url.replace(/:[A-Za-z]+/g, id);

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    seeded = await seedOwnerResources(testApp);
    const owner = seeded.owner.client;
    m1 = await inviteAndJoin(testApp, owner, { role: "coach", canSeePipeline: true, displayName: "M1" });
    m2 = await inviteAndJoin(testApp, owner, { role: "friend", displayName: "M2" });
    m3 = await inviteAndJoin(testApp, owner, { role: "coach", canSeePipeline: true, displayName: "M3" });
    const shared = await owner.post("/api/circle/shares", {
      itemType: "application",
      itemId: seeded.ids.application,
      audience: "chosen",
      memberIds: [m1.memberId, m3.memberId],
    });
    chosenShareId = shared.json().id;
    m1ReplyId = (await m1.client.post(`/api/circle/shared/${chosenShareId}/replies`, { body: "M1's reply" })).json().id;
    expect((await owner.delete(`/api/circle/members/${m3.memberId}`)).statusCode).toBe(204);
  });
  afterAll(async () => testApp.close());

  const routesWithId = () =>
    testApp.routes
      .filter((route) => route.method !== "HEAD" && route.method !== "OPTIONS" && route.url.includes(":"))
      .map((route) => ({ ...route, key: `${route.method} ${route.url}` }))
      .filter((route) => !publicRoutes.has(route.key) && !isDocsRoute(route.url) && !ownKindRoutes.has(route.key));

  it("answers every :id route of every feature for M1, M2 and M3 like a stranger (404, or 403 owner-only)", async () => {
    const routes = routesWithId().filter((route) => !memberSideRoutes.has(route.key));
    expect(routes.length).toBeGreaterThan(50);
    for (const [name, member] of [
      ["M1", m1],
      ["M2", m2],
      ["M3", m3],
    ] as const) {
      for (const route of routes) {
        const fixture = ownedResourceFixtures[route.key];
        expect(fixture, `${route.key} has no fixture`).toBeDefined();
        if (!fixture) continue;
        const response = await member.client.request(
          route.method as "GET",
          fill(route.url, fixture(seeded)),
          validBodies[route.key],
        );
        const expected = ownerOnlyRoutes.has(route.key) ? 403 : 404;
        expect({ member: name, route: route.key, status: response.statusCode }).toEqual({
          member: name,
          route: route.key,
          status: expected,
        });
      }
    }
    // Nothing of the owner's circle changed.
    const circle = (await seeded.owner.client.get("/api/circle")).json();
    expect(circle.members.map((row: { id: string }) => row.id)).toEqual(
      expect.arrayContaining([seeded.ids.circleMember, m1.memberId, m2.memberId]),
    );
    const view = (await seeded.owner.client.get(`/api/circle/shared/${seeded.ids.circleShare}`)).json();
    expect(view.replies).toEqual([
      expect.objectContaining({ id: seeded.ids.circleReply, body: "Owner's friend replied" }),
    ]);
  });

  it("member-side routes: M1 2xx, M2 and M3 404, anonymous 401, the seeker 2xx", async () => {
    const anonymous = new TestClient(testApp.app);
    await anonymous.bootstrap();
    const owner = seeded.owner.client;
    const checks: { key: string; url: string; body?: unknown; m1: number; seeker: number }[] = [
      { key: "GET /api/circle/shared/:shareId", url: `/api/circle/shared/${chosenShareId}`, m1: 200, seeker: 200 },
      {
        key: "POST /api/circle/shared/:shareId/replies",
        url: `/api/circle/shared/${chosenShareId}/replies`,
        body: { body: "Guard reply" },
        m1: 201,
        seeker: 201,
      },
      {
        key: "GET /api/circle/seekers/:seekerId/pipeline",
        url: `/api/circle/seekers/${seeded.ids.circleSeeker}/pipeline`,
        m1: 200,
        seeker: 200,
      },
      {
        key: "PATCH /api/circle/replies/:id",
        url: `/api/circle/replies/${m1ReplyId}`,
        body: { body: "Edited" },
        m1: 200,
        seeker: 404,
      },
    ];
    for (const check of checks) {
      const [method] = check.key.split(" ") as ["GET"];
      const status = async (client: TestClient) => (await client.request(method, check.url, check.body)).statusCode;
      expect({ route: check.key, m1: await status(m1.client) }).toEqual({ route: check.key, m1: check.m1 });
      expect({ route: check.key, m2: await status(m2.client) }).toEqual({ route: check.key, m2: 404 });
      expect({ route: check.key, m3: await status(m3.client) }).toEqual({ route: check.key, m3: 404 });
      expect({ route: check.key, anonymous: await status(anonymous) }).toEqual({ route: check.key, anonymous: 401 });
      expect({ route: check.key, seeker: await status(owner) }).toEqual({ route: check.key, seeker: check.seeker });
    }
    // Deleting M1's reply: not M2 or M3; the seeker may.
    expect((await m2.client.delete(`/api/circle/replies/${m1ReplyId}`)).statusCode).toBe(404);
    expect((await m3.client.delete(`/api/circle/replies/${m1ReplyId}`)).statusCode).toBe(404);
    expect((await anonymous.delete(`/api/circle/replies/${m1ReplyId}`)).statusCode).toBe(401);
    expect((await owner.delete(`/api/circle/replies/${m1ReplyId}`)).statusCode).toBe(204);
  });

  it("the feed: M1 sees the chosen item, M2 only what the whole circle sees, M3 nothing, anonymous 401", async () => {
    const sharesIn = async (client: TestClient) => {
      const response = await client.get("/api/circle/feed");
      return response.statusCode === 200
        ? response.json().items.map((item: { shareId: string }) => item.shareId)
        : response.statusCode;
    };
    expect(await sharesIn(m1.client)).toEqual([chosenShareId, seeded.ids.circleShare]);
    expect(await sharesIn(m2.client)).toEqual([seeded.ids.circleShare]);
    expect(await sharesIn(m3.client)).toEqual([]);
    expect(await sharesIn(new TestClient(testApp.app))).toBe(401);
    // Leaving: M3 is no longer a member, M2 leaves once.
    expect((await m3.client.post(`/api/circle/memberships/${seeded.ids.circleSeeker}/leave`)).statusCode).toBe(404);
    expect((await m2.client.post(`/api/circle/memberships/${seeded.ids.circleSeeker}/leave`)).statusCode).toBe(204);
    expect(await sharesIn(m2.client)).toEqual([]);
    expect((await m2.client.post(`/api/circle/memberships/${newId()}/leave`)).statusCode).toBe(404);
  });
});
