import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient, userDetails } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

describe.each(dialects)("registration modes and invites on %s", (dialect) => {
  let testApp: TestApp;
  let owner: TestClient;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    owner = (await signedInClient(testApp)).client;
  });
  afterAll(async () => testApp.close());

  const register = (details = userDetails()) => new TestClient(testApp.app).post("/api/auth/register", details);
  const setMode = (registrationMode: string) => owner.put("/api/admin/settings", { registrationMode });

  it("tells the web app the mode and whether an invite is needed", async () => {
    await setMode("invite_only");
    const session = await new TestClient(testApp.app).get("/api/auth/session");
    expect(session.json().registration).toEqual({ mode: "invite_only", needsOwner: false, inviteRequired: true });
    await setMode("open");
  });

  it("refuses registration when closed, and stores nothing", async () => {
    expect((await setMode("closed")).json()).toEqual({ registrationMode: "closed" });
    const details = userDetails();
    const response = await register(details);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("registration_closed");
    const stored = await testApp.db.kysely
      .selectFrom("users")
      .select("id")
      .where("email", "=", details.email)
      .execute();
    expect(stored).toHaveLength(0);
    await setMode("open");
  });

  it("needs a valid, unused invite when invite-only", async () => {
    await setMode("invite_only");
    const noInvite = await register();
    expect(noInvite.statusCode).toBe(403);
    expect(noInvite.json().error.fields[0].path).toBe("inviteToken");

    const created = await owner.post("/api/admin/invites", { note: "for Sam", expiresInDays: 3 });
    expect(created.statusCode).toBe(201);
    const { token, url, invite } = created.json();
    expect(url).toContain(`/register?invite=${token}`);
    expect((await register(userDetails({ inviteToken: token }))).statusCode).toBe(201);

    const reused = await register(userDetails({ inviteToken: token }));
    expect(reused.statusCode).toBe(403);
    const listed = (await owner.get("/api/admin/invites")).json().invites;
    expect(listed.find((item: { id: string }) => item.id === invite.id).usedAt).not.toBeNull();
    await setMode("open");
  });

  it("refuses an expired invite", async () => {
    await setMode("invite_only");
    const { token, invite } = (await owner.post("/api/admin/invites", {})).json();
    await testApp.db.kysely
      .updateTable("registration_invites")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", invite.id)
      .execute();
    expect((await register(userDetails({ inviteToken: token }))).statusCode).toBe(403);
    await setMode("open");
  });

  it("lets the owner revoke an invite", async () => {
    const { invite } = (await owner.post("/api/admin/invites", { email: "sam@example.test" })).json();
    expect((await owner.delete(`/api/admin/invites/${invite.id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/api/admin/invites/${invite.id}`)).statusCode).toBe(404);
  });

  it("rejects an unknown mode with the field named", async () => {
    const response = await setMode("sometimes");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("registrationMode");
  });
});
