import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import type { TestClient as Client } from "../../testing/test-app.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const secret = "very-secret-client-secret";

describe.each(dialects)("the owner's identity providers on %s", (dialect) => {
  let testApp: TestApp;
  let owner: Client;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    owner = (await signedInClient(testApp)).client;
  });
  afterAll(async () => testApp.close());

  const fieldOf = (response: { json(): { error: { fields?: { path: string }[] } } }) =>
    response.json().error.fields?.map((field) => field.path);

  it("adds presets with their endpoints filled in, and never returns the secret", async () => {
    const github = await owner.post("/api/admin/identity-providers", {
      slug: "github",
      preset: "github",
      displayName: "GitHub",
      clientId: "gh-client",
      clientSecret: secret,
    });
    expect(github.statusCode).toBe(201);
    expect(github.json()).toMatchObject({
      authorizationEndpoint: "https://github.com/login/oauth/authorize",
      tokenEndpoint: "https://github.com/login/oauth/access_token",
      userinfoEndpoint: "https://api.github.com/user",
      scopes: "read:user user:email",
      hasClientSecret: true,
      enabled: true,
      redirectUri: "http://127.0.0.1:4100/api/auth/oidc/github/callback",
    });
    const microsoft = await owner.post("/api/admin/identity-providers", {
      slug: "work",
      preset: "microsoft",
      displayName: "Work account",
      tenant: "contoso.onmicrosoft.com",
      clientId: "ms-client",
      clientSecret: secret,
    });
    expect(microsoft.json().issuer).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0");

    const list = await owner.get("/api/admin/identity-providers");
    expect(list.json().providers.map((provider: { slug: string }) => provider.slug)).toEqual(["github", "work"]);
    for (const response of [github, microsoft, list]) expect(response.body).not.toContain(secret);
    const stored = await testApp.db.kysely.selectFrom("identity_providers").select("client_secret_sealed").execute();
    for (const row of stored) expect(row.client_secret_sealed).not.toContain(secret);

    // A blank secret keeps the stored one; a new one replaces it.
    const id = github.json().id;
    const renamed = await owner.patch(`/api/admin/identity-providers/${id}`, {
      displayName: "GitHub.com",
      clientSecret: "",
    });
    expect(renamed.json()).toMatchObject({ displayName: "GitHub.com", hasClientSecret: true });
    expect((await testApp.services.identityProviders.connection("github"))?.clientSecret).toBe(secret);
    await owner.patch(`/api/admin/identity-providers/${id}`, { clientSecret: "rotated" });
    expect((await testApp.services.identityProviders.connection("github"))?.clientSecret).toBe("rotated");

    // Disabled providers vanish from the sign-in page; deleted ones from the list.
    await owner.patch(`/api/admin/identity-providers/${id}`, { enabled: false });
    const options = (await new TestClient(testApp.app).get("/api/auth/providers")).json();
    expect(options.providers.map((provider: { slug: string }) => provider.slug)).toEqual(["work"]);
    expect((await owner.delete(`/api/admin/identity-providers/${id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/api/admin/identity-providers/${id}`)).statusCode).toBe(404);
  });

  it("names the field on bad input", async () => {
    const base = { slug: "ok", preset: "oidc", displayName: "Any", clientId: "id", issuer: "https://id.example" };
    const cases: [Record<string, unknown>, string, number][] = [
      [{ issuer: "http://id.example" }, "issuer", 400],
      [{ issuer: "javascript:alert(1)" }, "issuer", 400],
      [{ issuer: null }, "issuer", 400],
      [{ slug: "Not A Slug" }, "slug", 400],
      [{ preset: "myspace" }, "preset", 400],
      [{ scopes: "email profile" }, "scopes", 400],
      [{ preset: "microsoft", issuer: undefined }, "tenant", 400],
      [{ preset: "microsoft", tenant: "common" }, "tenant", 400],
      [{ preset: "github", issuer: undefined }, "clientSecret", 400],
      [{ preset: "github", clientSecret: "x", tokenEndpoint: "http://github.example/token" }, "tokenEndpoint", 400],
      [{ unknownField: 1 }, "", 400],
    ];
    for (const [change, field, status] of cases) {
      const response = await owner.post("/api/admin/identity-providers", { ...base, ...change });
      expect({ change, status: response.statusCode }).toEqual({ change, status });
      if (field) expect(fieldOf(response)).toContain(field);
    }
    expect((await owner.post("/api/admin/identity-providers", { ...base, slug: "twice" })).statusCode).toBe(201);
    const duplicate = await owner.post("/api/admin/identity-providers", { ...base, slug: "twice" });
    expect(duplicate.statusCode).toBe(409);
    expect(fieldOf(duplicate)).toEqual(["slug"]);
    // A local provider may use plain http (tests, development).
    const local = await owner.post("/api/admin/identity-providers", {
      ...base,
      slug: "local",
      issuer: "http://127.0.0.1:9/",
    });
    expect(local.statusCode).toBe(201);
  });

  it("documents the sign-in routes in the OpenAPI document", async () => {
    const document = await new TestClient(testApp.app).get("/api/openapi.json");
    expect(document.statusCode).toBe(200);
    expect(Object.keys(document.json().paths)).toEqual(
      expect.arrayContaining(["/api/auth/oidc/{slug}/start", "/api/auth/oidc/{slug}/callback", "/api/auth/providers"]),
    );
  });

  it("is the owner's alone", async () => {
    const member = await signedInClient(testApp);
    expect((await member.client.get("/api/admin/identity-providers")).statusCode).toBe(403);
    const create = await member.client.post("/api/admin/identity-providers", {
      slug: "mine",
      preset: "oidc",
      displayName: "Mine",
      clientId: "id",
      issuer: "https://id.example",
    });
    expect(create.statusCode).toBe(403);
  });
});
