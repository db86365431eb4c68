import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { hashSecret } from "../auth/secrets.ts";

describe.each(dialects)("personal access tokens on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  const bearer = (token: string, method: "GET" | "POST" | "PATCH" = "GET", url = "/api/me", payload?: object) =>
    testApp.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  it("shows the secret once, stores only its hash, and authenticates with it", async () => {
    const { client, user } = await signedInClient(testApp);
    const created = await client.post("/api/tokens", { name: "laptop script" });
    expect(created.statusCode).toBe(201);
    const { token, info } = created.json();
    expect(token).toMatch(/^dbf_/);
    expect(info.prefix).toBe(token.slice(0, 10));

    const listed = await client.get("/api/tokens");
    expect(listed.body).not.toContain(token);
    const stored = await testApp.db.kysely
      .selectFrom("personal_access_tokens")
      .selectAll()
      .where("id", "=", info.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashSecret(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const me = await bearer(token);
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
  });

  it("needs no CSRF token for Bearer requests (no ambient credentials)", async () => {
    const { client } = await signedInClient(testApp);
    const { token } = (await client.post("/api/tokens", { name: "cli" })).json();
    const response = await bearer(token, "PATCH", "/api/me", { displayName: "From the CLI" });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.displayName).toBe("From the CLI");
  });

  it("stops working once revoked", async () => {
    const { client } = await signedInClient(testApp);
    const { token, info } = (await client.post("/api/tokens", { name: "temporary" })).json();
    expect((await client.delete(`/api/tokens/${info.id}`)).statusCode).toBe(204);
    expect((await bearer(token)).statusCode).toBe(401);
    expect((await client.delete(`/api/tokens/${info.id}`)).statusCode).toBe(404);
  });

  it("stops working once expired", async () => {
    const { client } = await signedInClient(testApp);
    const { token, info } = (await client.post("/api/tokens", { name: "short", expiresInDays: 1 })).json();
    expect((await bearer(token)).statusCode).toBe(200);
    await testApp.db.kysely
      .updateTable("personal_access_tokens")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", info.id)
      .execute();
    expect((await bearer(token)).statusCode).toBe(401);
  });

  it("refuses a malformed Authorization header", async () => {
    const response = await testApp.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { authorization: "Basic abc" },
    });
    expect(response.statusCode).toBe(401);
  });
});
