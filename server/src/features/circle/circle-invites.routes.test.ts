import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { type SmtpTestServer, startSmtpTestServer } from "../../testing/smtp-test-server.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { inviteAndJoin, tokenOf } from "./circle-test-fixture.ts";

// Invites, joining, roles, revoking and leaving: the circle's membership side.
describe.each(dialects)("circle invites and members on %s", (dialect) => {
  let testApp: TestApp;
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
    await testApp.close();
  });

  it("invites without email: the URL comes back once, only the hash is stored, the public page says who", async () => {
    const seeker = await signedInClient(testApp, { displayName: "Maya Seeker" });
    const response = await seeker.client.post("/api/circle/invites", {
      email: "Sam@Example.test",
      role: "coach",
      canSeePipeline: true,
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.emailed).toBe(false);
    expect(body.invite).toMatchObject({ email: "sam@example.test", role: "coach", canSeePipeline: true });
    expect(body.url).toMatch(/^http:\/\/127\.0\.0\.1:4100\/circle\/join\?token=cir_/);
    const token = tokenOf(body.url);
    const stored = await testApp.db.kysely
      .selectFrom("circle_invites")
      .selectAll()
      .where("id", "=", body.invite.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await seeker.client.get("/api/circle")).json().invites).toEqual([body.invite]);

    const anonymous = new TestClient(testApp.app);
    const lookup = await anonymous.get(`/api/public/circle-invites/${encodeURIComponent(token)}`);
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toEqual({ seekerName: "Maya Seeker", role: "coach", expiresAt: body.invite.expiresAt });
    expect(lookup.body).not.toContain(seeker.user.email);
    expect((await anonymous.get("/api/public/circle-invites/cir_unknown")).statusCode).toBe(404);
  });

  it("emails the invite through the outbox when the seeker has an email account", async () => {
    const seeker = await signedInClient(testApp, { displayName: "Maya Seeker" });
    await seeker.client.put("/api/me/smtp", {
      host: smtp.host,
      port: smtp.port,
      security: "none",
      username: smtp.username,
      password: smtp.password,
      fromAddress: seeker.user.email,
    });
    const response = await seeker.client.post("/api/circle/invites", {
      email: "ana@example.test",
      role: "friend",
      message: "Would love your eyes on this.",
    });
    expect(response.json().emailed).toBe(true);
    await testApp.services.createOutboxWorker(() => {}).drain();
    const mail = smtp.received.find((candidate) => candidate.to.includes("ana@example.test"));
    expect(mail?.subject).toContain("Maya Seeker invites you");
    expect(mail?.text).toContain(response.json().url);
    expect(mail?.text).toContain("Would love your eyes on this.");
  });

  it("joins once; reuse, withdrawn, expired, own and already-a-member invites are refused", async () => {
    const seeker = await signedInClient(testApp, { displayName: "Maya Seeker" });
    const own = tokenOf(
      (await seeker.client.post("/api/circle/invites", { email: "x@example.test", role: "friend" })).json().url,
    );
    const ownJoin = await seeker.client.post("/api/circle/join", { token: own });
    expect(ownJoin.statusCode).toBe(400);
    expect(ownJoin.json().error.fields[0].path).toBe("token");

    const member = await inviteAndJoin(testApp, seeker.client, { displayName: "Sam Mentor" });
    const memberships = (await member.client.get("/api/circle/memberships")).json().items;
    expect(memberships).toEqual([
      expect.objectContaining({ seekerId: seeker.user.id, seekerName: "Maya Seeker", role: "friend" }),
    ]);
    const audit = (await seeker.client.get("/api/audit?kind=circle_invite_accepted")).json().items;
    expect(audit[0]).toMatchObject({ actor: { id: member.user.id, name: "Sam Mentor" } });
    expect((await seeker.client.get("/api/notifications")).json().items[0]).toMatchObject({
      kind: "member_joined",
      read: false,
    });

    // The token of a used invite: 410 invite_used, for the page and for joining.
    const again = tokenOf(
      (await seeker.client.post("/api/circle/invites", { email: "y@example.test", role: "friend" })).json().url,
    );
    expect((await member.client.post("/api/circle/join", { token: again })).statusCode).toBe(409);
    const third = await signedInClient(testApp);
    expect((await third.client.post("/api/circle/join", { token: again })).statusCode).toBe(200);
    const reused = await (await signedInClient(testApp)).client.post("/api/circle/join", { token: again });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error.code).toBe("invite_used");
    expect((await new TestClient(testApp.app).get(`/api/public/circle-invites/${again}`)).json().error.code).toBe(
      "invite_used",
    );

    const withdrawn = (
      await seeker.client.post("/api/circle/invites", { email: "z@example.test", role: "friend" })
    ).json();
    expect((await seeker.client.delete(`/api/circle/invites/${withdrawn.invite.id}`)).statusCode).toBe(204);
    const late = await (await signedInClient(testApp)).client.post("/api/circle/join", {
      token: tokenOf(withdrawn.url),
    });
    expect(late.statusCode).toBe(410);
    expect(late.json().error.code).toBe("invite_expired");

    const expired = (
      await seeker.client.post("/api/circle/invites", { email: "w@example.test", role: "friend" })
    ).json();
    await testApp.db.kysely
      .updateTable("circle_invites")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", expired.invite.id)
      .execute();
    const tooLate = await (await signedInClient(testApp)).client.post("/api/circle/join", {
      token: tokenOf(expired.url),
    });
    expect(tooLate.json().error.code).toBe("invite_expired");
    expect((await seeker.client.get("/api/circle")).json().invites).toEqual([
      expect.objectContaining({ email: "x@example.test" }),
    ]);
  });

  it("changes roles (a friend never sees the pipeline), revokes at once, re-invites, and lets a member leave", async () => {
    const seeker = await signedInClient(testApp, { displayName: "Maya Seeker" });
    const member = await inviteAndJoin(testApp, seeker.client, { role: "friend" });
    const friend = await seeker.client.patch(`/api/circle/members/${member.memberId}`, { canSeePipeline: true });
    expect(friend.json()).toMatchObject({ role: "friend", canSeePipeline: false });
    const coach = await seeker.client.patch(`/api/circle/members/${member.memberId}`, {
      role: "coach",
      canSeePipeline: true,
    });
    expect(coach.json()).toMatchObject({ role: "coach", canSeePipeline: true, email: member.user.email });
    expect((await seeker.client.patch(`/api/circle/members/${member.memberId}`, {})).statusCode).toBe(400);

    expect((await seeker.client.delete(`/api/circle/members/${member.memberId}`)).statusCode).toBe(204);
    expect((await member.client.get("/api/circle/memberships")).json().items).toEqual([]);
    expect((await seeker.client.get("/api/circle")).json().members).toEqual([]);
    expect((await seeker.client.get("/api/audit?kind=circle_member_revoked")).json().items).toHaveLength(1);

    // Invited again, the same row comes back active with the new role.
    const invite = await seeker.client.post("/api/circle/invites", { email: member.user.email, role: "friend" });
    expect((await member.client.post("/api/circle/join", { token: tokenOf(invite.json().url) })).statusCode).toBe(200);
    const back = (await seeker.client.get("/api/circle")).json().members;
    expect(back).toEqual([expect.objectContaining({ id: member.memberId, role: "friend", canSeePipeline: false })]);

    expect((await member.client.post(`/api/circle/memberships/${seeker.user.id}/leave`)).statusCode).toBe(204);
    expect((await seeker.client.get("/api/circle")).json().members).toEqual([]);
    expect((await member.client.post(`/api/circle/memberships/${seeker.user.id}/leave`)).statusCode).toBe(404);
  });

  it("refuses bad input naming the field, and saves the digest setting", async () => {
    const seeker = await signedInClient(testApp);
    const bad = await seeker.client.post("/api/circle/invites", { email: "not-an-email", role: "boss" });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((field: { path: string }) => field.path)
        .sort(),
    ).toEqual(["email", "role"]);
    const self = await seeker.client.post("/api/circle/invites", { email: seeker.user.email, role: "friend" });
    expect(self.json().error.fields[0].path).toBe("email");
    expect((await seeker.client.get("/api/circle")).json().digestEmail).toBe(true);
    expect((await seeker.client.put("/api/circle/settings", { digestEmail: false })).json()).toEqual({
      digestEmail: false,
    });
    expect((await seeker.client.get("/api/circle")).json().digestEmail).toBe(false);
    expect((await seeker.client.put("/api/circle/settings", { digestEmail: "no" })).statusCode).toBe(400);
  });

  it("lets a circle invite stand in for a registration invite on an invite-only server, once", async () => {
    const seeker = await signedInClient(testApp, { displayName: "Maya Seeker" });
    const url = (await seeker.client.post("/api/circle/invites", { email: "new@example.test", role: "friend" })).json()
      .url;
    const ownerActor = { userId: "", role: "owner" as const, via: "session" as const, sessionId: null };
    await testApp.services.instance.updateSettings(ownerActor, { registrationMode: "invite_only" });
    try {
      const register = (extra: Record<string, unknown>) =>
        new TestClient(testApp.app).post("/api/auth/register", {
          email: `invitee-${Math.random().toString(36).slice(2)}@example.test`,
          password: "correct horse battery staple",
          ...extra,
        });
      expect((await register({})).statusCode).toBe(403);
      expect((await register({ circleInviteToken: "cir_forged" })).statusCode).toBe(403);
      const first = await register({ circleInviteToken: tokenOf(url) });
      expect(first.statusCode).toBe(201);
      // The same link does not open the door for a second account.
      expect((await register({ circleInviteToken: tokenOf(url) })).statusCode).toBe(403);
    } finally {
      await testApp.services.instance.updateSettings(ownerActor, { registrationMode: "open" });
    }
  });

  it("does not let a circle invite open a closed server", async () => {
    const seeker = await signedInClient(testApp);
    const url = (
      await seeker.client.post("/api/circle/invites", { email: "closed@example.test", role: "friend" })
    ).json().url;
    const ownerActor = { userId: "", role: "owner" as const, via: "session" as const, sessionId: null };
    await testApp.services.instance.updateSettings(ownerActor, { registrationMode: "closed" });
    try {
      const response = await new TestClient(testApp.app).post("/api/auth/register", {
        email: "closed-invitee@example.test",
        password: "correct horse battery staple",
        circleInviteToken: tokenOf(url),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe("registration_closed");
    } finally {
      await testApp.services.instance.updateSettings(ownerActor, { registrationMode: "open" });
    }
  });
});
