import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient, userDetails } from "../../testing/factories.ts";
import { addLocalProvider, callbackFor, signInThroughProvider, testClient } from "../../testing/oidc-flow.ts";
import { type OidcTestProvider, startOidcTestProvider } from "../../testing/oidc-test-provider.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const slug = "company-id";
let provider: OidcTestProvider;

beforeAll(async () => {
  provider = await startOidcTestProvider({
    clients: [{ ...testClient, redirect_uris: [callbackFor(slug)] }],
    accounts: [{ sub: "owner-at-provider", name: "The owner" }],
  });
});
afterAll(async () => provider.close());

describe.each(dialects)("turning password sign-in off on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("is refused until the owner can sign in through an enabled provider, then blocks passwords", async () => {
    const owner = await signedInClient(testApp);
    const member = await signedInClient(testApp);

    const tooEarly = await owner.client.put("/api/admin/password-sign-in", { enabled: false });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().error.fields[0].path).toBe("enabled");

    const { id: providerId } = await addLocalProvider(owner.client, provider, slug);
    expect((await owner.client.put("/api/admin/password-sign-in", { enabled: false })).statusCode).toBe(409);
    expect((await signInThroughProvider(owner.client, slug, "owner-at-provider", "?intent=link")).location).toBe(
      "/settings/sign-in-methods",
    );
    const off = await owner.client.put("/api/admin/password-sign-in", { enabled: false });
    expect(off.json()).toEqual({ passwordSignIn: false });
    expect((await new TestClient(testApp.app).get("/api/auth/providers")).json()).toEqual({
      passwordSignIn: false,
      providers: [{ slug, displayName: "Local ID", preset: "oidc" }],
    });

    const signIn = await new TestClient(testApp.app).post("/api/auth/sign-in", {
      email: member.user.email,
      password: member.password,
    });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json().error.code).toBe("password_sign_in_disabled");
    const register = await new TestClient(testApp.app).post("/api/auth/register", userDetails());
    expect(register.json().error.code).toBe("password_sign_in_disabled");

    // The owner cannot now disable or delete the provider they depend on, nor unlink themself.
    const disable = await owner.client.patch(`/api/admin/identity-providers/${providerId}`, { enabled: false });
    expect(disable.statusCode).toBe(409);
    expect((await owner.client.delete(`/api/admin/identity-providers/${providerId}`)).statusCode).toBe(409);
    const [identity] = (await owner.client.get("/api/me/identities")).json().identities;
    expect((await owner.client.delete(`/api/me/identities/${identity.id}`)).statusCode).toBe(409);
    // Only the owner holds the switch.
    expect((await member.client.put("/api/admin/password-sign-in", { enabled: true })).statusCode).toBe(403);

    expect((await owner.client.put("/api/admin/password-sign-in", { enabled: true })).json()).toEqual({
      passwordSignIn: true,
    });
    const back = await new TestClient(testApp.app).post("/api/auth/sign-in", {
      email: member.user.email,
      password: member.password,
    });
    expect(back.statusCode).toBe(200);
  });

  it("has a command-line escape hatch in the instance service", async () => {
    await testApp.services.instance.setPasswordSignIn(false);
    expect((await testApp.services.identityProviders.signInOptions()).passwordSignIn).toBe(false);
    await testApp.services.instance.setPasswordSignIn(true);
    expect((await testApp.services.identityProviders.signInOptions()).passwordSignIn).toBe(true);
  });
});
