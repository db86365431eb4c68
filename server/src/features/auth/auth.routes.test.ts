import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient, userDetails } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

describe.each(dialects)("auth routes on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("makes the first account the owner and later ones members", async () => {
    const first = await signedInClient(testApp);
    const second = await signedInClient(testApp);
    expect(first.user.role).toBe("owner");
    expect(second.user.role).toBe("member");
  });

  it("signs in, reads the profile, signs out", async () => {
    const { password, user } = await signedInClient(testApp);
    const client = new TestClient(testApp.app);
    const signIn = await client.post("/api/auth/sign-in", { email: user.email.toUpperCase(), password });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.email).toBe(user.email);
    const cookie = signIn.cookies.find((c) => c.name === "debrief_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    expect(cookie?.secure).toBeFalsy();

    expect((await client.get("/api/me")).json().user.id).toBe(user.id);
    expect((await client.post("/api/auth/sign-out")).statusCode).toBe(204);
    expect((await client.get("/api/me")).statusCode).toBe(401);
  });

  it("answers a wrong password and an unknown account the same way", async () => {
    const { user } = await signedInClient(testApp);
    const client = new TestClient(testApp.app);
    const wrong = await client.post("/api/auth/sign-in", { email: user.email, password: "not the password" });
    const unknown = await client.post("/api/auth/sign-in", {
      email: "nobody@example.test",
      password: "not the password",
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe("invalid_credentials");
  });

  it("refuses a state-changing request without the CSRF token", async () => {
    const { client } = await signedInClient(testApp);
    const response = await client.request("POST", "/api/tokens", { name: "x" }, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("csrf_invalid");
    const anonymous = new TestClient(testApp.app);
    const signIn = await anonymous.request(
      "POST",
      "/api/auth/sign-in",
      { email: "a@b.test", password: "x" },
      { csrf: false },
    );
    expect(signIn.statusCode).toBe(403);
  });

  it("rejects bad registration input with the field named", async () => {
    const client = new TestClient(testApp.app);
    const response = await client.post("/api/auth/register", { email: "not-an-email", password: "short", extra: 1 });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe("validation_failed");
    const paths = body.error.fields.map((field: { path: string }) => field.path);
    expect(paths).toEqual(expect.arrayContaining(["email", "password"]));
    expect(JSON.stringify(body)).toContain("extra");
  });

  it("refuses a duplicate email with 409", async () => {
    const details = userDetails();
    await new TestClient(testApp.app).post("/api/auth/register", details);
    const again = await new TestClient(testApp.app).post("/api/auth/register", {
      ...details,
      email: details.email.toUpperCase(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0].path).toBe("email");
  });

  it("changes the password and signs out other sessions", async () => {
    const { client, user, password } = await signedInClient(testApp);
    const other = new TestClient(testApp.app);
    await other.post("/api/auth/sign-in", { email: user.email, password });
    const wrong = await client.post("/api/auth/password", {
      currentPassword: "nope",
      newPassword: "a brand new password",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe("currentPassword");
    const ok = await client.post("/api/auth/password", {
      currentPassword: password,
      newPassword: "a brand new password",
    });
    expect(ok.statusCode).toBe(204);
    expect((await client.get("/api/me")).statusCode).toBe(200);
    expect((await other.get("/api/me")).statusCode).toBe(401);
    const signIn = await new TestClient(testApp.app).post("/api/auth/sign-in", {
      email: user.email,
      password: "a brand new password",
    });
    expect(signIn.statusCode).toBe(200);
  });
});
