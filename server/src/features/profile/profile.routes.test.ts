import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

describe.each(dialects)("profile, onboarding and sessions on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("shows a change of name or role families on the next read, however often the profile was read", async () => {
    const { client } = await signedInClient(testApp);
    await client.put("/api/me/onboarding", { displayName: "Before", roleFamilies: ["UX design"] });
    expect((await client.get("/api/me")).json().user.displayName).toBe("Before");
    expect((await client.get("/api/me")).json().user.displayName).toBe("Before");
    await client.patch("/api/me", { displayName: "After" });
    expect((await client.get("/api/me")).json().user.displayName).toBe("After");
    await client.put("/api/me/role-families", { names: ["Content design"] });
    const families = (await client.get("/api/me")).json().user.roleFamilies;
    expect(families.map((family: { name: string }) => family.name)).toEqual(["Content design"]);
  });

  it("onboards: name and role families, in order", async () => {
    const { client } = await signedInClient(testApp);
    expect((await client.get("/api/me")).json().user.onboarded).toBe(false);
    const response = await client.put("/api/me/onboarding", {
      displayName: "Maya",
      roleFamilies: ["User research", "Service design", "Research ops"],
    });
    expect(response.statusCode).toBe(200);
    const user = response.json().user;
    expect(user.onboarded).toBe(true);
    expect(user.displayName).toBe("Maya");
    expect(user.roleFamilies.map((family: { name: string }) => family.name)).toEqual([
      "User research",
      "Service design",
      "Research ops",
    ]);
  });

  it("keeps the ids of role families that stay when the list is replaced", async () => {
    const { client } = await signedInClient(testApp);
    const first = (
      await client.put("/api/me/onboarding", { displayName: "A", roleFamilies: ["UX design", "User research"] })
    ).json();
    const research = first.user.roleFamilies.find((family: { name: string }) => family.name === "User research");
    const second = (await client.put("/api/me/role-families", { names: ["user research", "Content design"] })).json();
    expect(second.user.roleFamilies).toEqual([
      { id: research.id, name: "user research", position: 0 },
      expect.objectContaining({ name: "Content design", position: 1 }),
    ]);
  });

  it("refuses duplicate or empty role families and changes nothing", async () => {
    const { client } = await signedInClient(testApp);
    await client.put("/api/me/onboarding", { displayName: "B", roleFamilies: ["UX design"] });
    const duplicate = await client.put("/api/me/role-families", { names: ["Research", "research"] });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.fields[0].path).toBe("names");
    const empty = await client.put("/api/me/role-families", { names: ["  "] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe("names.0");
    const names = (await client.get("/api/me")).json().user.roleFamilies.map((family: { name: string }) => family.name);
    expect(names).toEqual(["UX design"]);
  });

  it("lists my sessions, marks this one, and signs another out", async () => {
    const { client, user, password } = await signedInClient(testApp);
    const phone = new TestClient(testApp.app);
    await phone.post("/api/auth/sign-in", { email: user.email, password });
    const sessions = (await client.get("/api/me/sessions")).json().sessions;
    expect(sessions).toHaveLength(2);
    const current = sessions.find((session: { current: boolean }) => session.current);
    const otherSession = sessions.find((session: { current: boolean }) => !session.current);
    expect(current).toBeDefined();
    expect((await client.delete(`/api/me/sessions/${otherSession.id}`)).statusCode).toBe(204);
    expect((await phone.get("/api/me")).statusCode).toBe(401);
    expect((await client.get("/api/me")).statusCode).toBe(200);
  });

  it("treats an expired session as signed out", async () => {
    const { client, user } = await signedInClient(testApp);
    await testApp.db.kysely
      .updateTable("sessions")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("user_id", "=", user.id)
      .execute();
    expect((await client.get("/api/me")).statusCode).toBe(401);
  });
});

describe("cookies behind https", () => {
  it("are Secure and __Host- prefixed when PUBLIC_URL is https", async () => {
    const testApp = await createTestApp("sqlite", { publicUrl: "https://debrief.example.org" });
    try {
      const client = new TestClient(testApp.app);
      const boot = await client.bootstrap();
      const csrfCookie = boot.cookies.find((cookie) => cookie.name === "__Host-debrief_csrf");
      expect(csrfCookie?.secure).toBe(true);
      const registered = await client.post("/api/auth/register", {
        email: "secure@example.test",
        password: "correct horse battery staple",
      });
      const session = registered.cookies.find((cookie) => cookie.name === "__Host-debrief_session");
      expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax", path: "/" });
      expect(String(registered.headers["strict-transport-security"])).toContain("max-age");
      expect((await client.get("/api/me")).statusCode).toBe(200);
    } finally {
      await testApp.close();
    }
  });
});
