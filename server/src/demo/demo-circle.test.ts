import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, TestClient } from "../testing/test-app.ts";
import { dialects } from "../testing/test-database.ts";
import { demoMentorEmail } from "./demo-circle.ts";
import { seedDemoAccount } from "./demo-seed.ts";

const now = new Date("2025-03-10T12:00:00.000Z");
const demo = { email: "maya-circle@example.test", password: "a demo password for tests" };

describe.each(dialects)("the demo's support circle on %s", (dialect) => {
  let testApp: TestApp;
  let maya: TestClient;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    await seedDemoAccount(testApp.services, { ...demo, now });
    maya = new TestClient(testApp.app);
    expect((await maya.post("/api/auth/sign-in", demo)).statusCode).toBe(200);
  });
  afterAll(async () => testApp.close());

  it("has Priya as a coach who may see the pipeline summary, with no password of her own", async () => {
    const circle = (await maya.get("/api/circle")).json();
    expect(circle.members).toHaveLength(1);
    expect(circle.members[0]).toMatchObject({
      name: "Priya Raman",
      email: demoMentorEmail(demo.email),
      role: "coach",
      canSeePipeline: true,
    });
    const mentor = await testApp.db.kysely
      .selectFrom("users")
      .select(["password_hash", "onboarded_at"])
      .where("email", "=", demoMentorEmail(demo.email))
      .executeTakeFirstOrThrow();
    expect(mentor.password_hash).toBeNull();
    expect(mentor.onboarded_at).not.toBeNull();
  });

  it("shares the Fernleaf debrief and a post, with a one-level thread and one unread reply", async () => {
    const shares = (await maya.get("/api/circle/shares")).json().items;
    expect(shares.map((share: { itemType: string }) => share.itemType).sort()).toEqual(["debrief", "post"]);
    const debriefShare = shares.find((share: { itemType: string }) => share.itemType === "debrief");
    expect(debriefShare.replyCount).toBe(3);

    const view = (await maya.get(`/api/circle/shared/${debriefShare.id}`)).json();
    expect(view.item.itemType).toBe("debrief");
    expect(view.replies).toHaveLength(3);
    const [first, ...answers] = view.replies;
    expect(first).toMatchObject({ parentId: null, author: { name: "Priya Raman" } });
    expect(answers.every((reply: { parentId: string }) => reply.parentId === first.id)).toBe(true);

    const notifications = (await maya.get("/api/notifications")).json();
    expect(notifications.unreadCount).toBe(1);
    const activity = (await maya.get("/api/audit?kind=circle_viewed,circle_replied")).json().items;
    expect(activity).toHaveLength(3);
    expect(activity[0].actor.name).toBe("Priya Raman");
  });

  it("seeds the circle once: seeding again changes nothing", async () => {
    const again = await seedDemoAccount(testApp.services, { ...demo, now });
    expect(again.created).toBe(false);
    expect((await maya.get("/api/circle")).json().members).toHaveLength(1);
  });
});
