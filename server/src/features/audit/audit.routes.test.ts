import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { AuditService } from "./audit.service.ts";

describe.each(dialects)("audit log on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("records registration, each sign-in and a password change, with method and address", async () => {
    const { user, password } = await signedInClient(testApp, { displayName: "Maya" });
    const browser = new TestClient(testApp.app);
    expect((await browser.post("/api/auth/sign-in", { email: user.email, password })).statusCode).toBe(200);
    const changed = await browser.post("/api/auth/password", {
      currentPassword: password,
      newPassword: "a brand new passphrase",
    });
    expect(changed.statusCode).toBe(204);

    const log = (await browser.get("/api/audit")).json();
    expect(log.items.map((event: { kind: string }) => event.kind)).toEqual(["password_changed", "sign_in", "sign_in"]);
    const [, signIn, registration] = log.items;
    expect(signIn).toMatchObject({
      method: "password",
      ip: "127.0.0.1",
      actor: { id: user.id, name: "Maya", isMe: true },
      detail: "",
    });
    expect(registration.detail).toBe("Account created");
    expect(log.nextCursor).toBeNull();
  });

  it("does not record a failed sign-in in the account's log", async () => {
    const { client, user } = await signedInClient(testApp);
    await new TestClient(testApp.app).post("/api/auth/sign-in", { email: user.email, password: "wrong password" });
    const kinds = (await client.get("/api/audit")).json().items.map((event: { kind: string }) => event.kind);
    expect(kinds).toEqual(["sign_in"]);
  });

  it("pages with a cursor and filters by kind", async () => {
    const { client, user, password } = await signedInClient(testApp);
    for (let i = 0; i < 3; i++)
      await new TestClient(testApp.app).post("/api/auth/sign-in", { email: user.email, password });
    const first = (await client.get("/api/audit?limit=2")).json();
    expect(first.items).toHaveLength(2);
    const second = (await client.get(`/api/audit?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items].map((event: { id: string }) => event.id);
    expect(new Set(ids).size).toBe(4);
    const onlyPasswordChanges = (await client.get("/api/audit?kind=password_changed")).json();
    expect(onlyPasswordChanges.items).toEqual([]);
  });

  it("names the bad field in a bad query", async () => {
    const { client } = await signedInClient(testApp);
    const badKind = await client.get("/api/audit?kind=everything");
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.fields[0].path).toMatch(/^kind/);
    const badCursor = await client.get("/api/audit?cursor=nonsense");
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.fields[0].path).toBe("cursor");
  });

  it("shows each person only their own log", async () => {
    const first = await signedInClient(testApp, { displayName: "First person" });
    const second = await signedInClient(testApp, { displayName: "Second person" });
    const seen = (await second.client.get("/api/audit")).body;
    expect(seen).not.toContain(first.user.id);
    expect(seen).not.toContain("First person");
  });

  it("logs a member's repeated views of one item once an hour", async () => {
    const seeker = await signedInClient(testApp);
    const member = await signedInClient(testApp, { displayName: "Mentor" });
    const audit = new AuditService(testApp.db.kysely);
    const view = {
      userId: seeker.user.id,
      kind: "circle_viewed" as const,
      actorUserId: member.user.id,
      actorName: "Mentor",
      subject: { type: "share", id: "share-1" },
      detail: "Debrief: Hiring manager",
    };
    await audit.recordView(view);
    await audit.recordView(view);
    await audit.recordView({ ...view, subject: { type: "share", id: "share-2" } });
    const log = (await seeker.client.get("/api/audit?kind=circle_viewed")).json();
    expect(log.items).toHaveLength(2);
    expect(log.items[0].actor).toEqual({ id: member.user.id, name: "Mentor", isMe: false });

    // The log shows the actor's name as it is now (a member may join before choosing one).
    expect((await member.client.request("PATCH", "/api/me", { displayName: "Sam" })).statusCode).toBe(200);
    const renamed = (await seeker.client.get("/api/audit?kind=circle_viewed")).json();
    expect(renamed.items.map((event: { actor: { name: string } }) => event.actor.name)).toEqual(["Sam", "Sam"]);
  });
});
