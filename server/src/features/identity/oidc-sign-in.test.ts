import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient, userDetails } from "../../testing/factories.ts";
import {
  addLocalProvider,
  callbackFor,
  signInThroughProvider,
  testClient,
  visitProvider,
} from "../../testing/oidc-flow.ts";
import { type OidcTestProvider, startOidcTestProvider } from "../../testing/oidc-test-provider.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const slug = "local";
let provider: OidcTestProvider;
let sequence = 0;

/** A person at the provider with a fresh subject. */
function providerAccount(overrides: { email?: string; email_verified?: boolean; name?: string } = {}) {
  sequence += 1;
  const sub = `person-${sequence}-${Date.now().toString(36)}`;
  provider.accounts.set(sub, { sub, name: `Provider person ${sequence}`, ...overrides });
  return sub;
}

beforeAll(async () => {
  provider = await startOidcTestProvider({ clients: [{ ...testClient, redirect_uris: [callbackFor(slug)] }] });
});
afterAll(async () => provider.close());

describe.each(dialects)("signing in through an OpenID provider on %s", (dialect) => {
  let testApp: TestApp;
  let owner: TestClient;
  const identityCount = async (subject: string) =>
    (await testApp.db.kysely.selectFrom("user_identities").select("id").where("subject", "=", subject).execute())
      .length;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    owner = (await signedInClient(testApp)).client;
    await addLocalProvider(owner, provider, slug);
  });
  afterAll(async () => testApp.close());

  it("creates an account for a new person, signs them in, and records the sign-in", async () => {
    const email = userDetails().email;
    const sub = providerAccount({ email, email_verified: true, name: "Noor Haddad" });
    const browser = new TestClient(testApp.app);
    const { location, done } = await signInThroughProvider(browser, slug, sub, "?returnTo=/welcome");
    expect(location).toBe("/welcome");
    expect(done.cookies.map((cookie) => cookie.name)).toContain("debrief_session");

    const me = (await browser.get("/api/me")).json().user;
    expect(me).toMatchObject({ email, displayName: "Noor Haddad", role: "member", onboarded: false });
    const log = (await browser.get("/api/audit")).json().items;
    expect(log[0]).toMatchObject({
      kind: "sign_in",
      method: `oidc:${slug}`,
      ip: "127.0.0.1",
      detail: "Account created",
    });
    const identities = (await browser.get("/api/me/identities")).json();
    expect(identities).toMatchObject({ hasPassword: false, identities: [{ email, provider: { slug } }] });

    // Signing in again finds the same account by the provider's subject.
    const again = new TestClient(testApp.app);
    expect((await signInThroughProvider(again, slug, sub)).location).toBe("/");
    expect((await again.get("/api/me")).json().user.id).toBe(me.id);
  });

  it("links a provider that vouches for the email, clearing what an unproven registrant could hold", async () => {
    // Whoever registered with a password never proved the email was theirs (a pre-hijacked
    // account): once the provider proves it, their password, sessions and tokens stop working.
    const existing = await signedInClient(testApp, { displayName: "Maya" });
    const token = (await existing.client.post("/api/tokens", { name: "script" })).json().token;
    const sub = providerAccount({ email: existing.user.email, email_verified: true });
    const browser = new TestClient(testApp.app);
    await signInThroughProvider(browser, slug, sub);
    expect((await browser.get("/api/me")).json().user.id).toBe(existing.user.id);

    expect((await existing.client.get("/api/me")).statusCode).toBe(401);
    const withToken = await testApp.app.inject({ url: "/api/me", headers: { authorization: `Bearer ${token}` } });
    expect(withToken.statusCode).toBe(401);
    const oldPassword = await new TestClient(testApp.app).post("/api/auth/sign-in", {
      email: existing.user.email,
      password: existing.password,
    });
    expect(oldPassword.statusCode).toBe(401);
    const log = (await browser.get("/api/audit")).json().items;
    expect(log.slice(0, 2).map((event: { kind: string }) => event.kind)).toEqual(["sign_in", "identity_linked"]);
    expect(log[1].detail).toContain("The password and every other session were cleared");
    expect((await browser.get("/api/me/identities")).json().hasPassword).toBe(false);

    // The rightful owner sets a new password without the old one, then signs in with it.
    const missing = await browser.post("/api/auth/password", { currentPassword: "" });
    expect(missing.statusCode).toBe(400);
    const set = await browser.post("/api/auth/password", { newPassword: "my own new passphrase" });
    expect(set.statusCode).toBe(204);
    const signIn = await new TestClient(testApp.app).post("/api/auth/sign-in", {
      email: existing.user.email,
      password: "my own new passphrase",
    });
    expect(signIn.statusCode).toBe(200);
    // With a password again, changing it needs the current one.
    const noCurrent = await browser.post("/api/auth/password", { newPassword: "another new passphrase" });
    expect(noCurrent.statusCode).toBe(400);
    expect(noCurrent.json().error.fields[0].path).toBe("currentPassword");
  });

  it("links a vouched-for email to an account without a password and leaves its sessions alone", async () => {
    const firstSub = providerAccount({ email: userDetails().email, email_verified: true });
    const first = new TestClient(testApp.app);
    await signInThroughProvider(first, slug, firstSub);
    const email = (await first.get("/api/me")).json().user.email;
    // The same person at a second provider account with the same confirmed email.
    const secondSub = providerAccount({ email, email_verified: true });
    const second = new TestClient(testApp.app);
    await signInThroughProvider(second, slug, secondSub);
    expect((await second.get("/api/me")).json().user.email).toBe(email);
    expect((await first.get("/api/me")).statusCode).toBe(200);
  });

  it("refuses an unverified email that belongs to an existing account, and links nothing", async () => {
    const existing = await signedInClient(testApp);
    const sub = providerAccount({ email: existing.user.email, email_verified: false });
    const browser = new TestClient(testApp.app);
    const { location, done } = await signInThroughProvider(browser, slug, sub);
    expect(location).toBe("/sign-in?error=link_required");
    expect(done.cookies.map((cookie) => cookie.name)).not.toContain("debrief_session");
    expect((await browser.get("/api/me")).statusCode).toBe(401);
    expect(await identityCount(sub)).toBe(0);
  });

  it("refuses a forged state, a callback without this browser's cookie, and an expired flow", async () => {
    const sub = providerAccount({ email: userDetails().email, email_verified: true });
    const browser = new TestClient(testApp.app);
    const { callbackPath } = await visitProvider(browser, slug, sub);

    const forged = callbackPath.replace(/state=[^&]+/, "state=forged-state-value");
    expect((await browser.get(forged)).headers.location).toBe("/sign-in?error=state_invalid");

    // Someone else's browser (login CSRF): right state and code, but not the cookie.
    const elsewhere = new TestClient(testApp.app);
    expect((await elsewhere.get(callbackPath)).headers.location).toBe("/sign-in?error=state_invalid");
    expect((await elsewhere.get("/api/me")).statusCode).toBe(401);
    expect(await identityCount(sub)).toBe(0);

    const late = new TestClient(testApp.app);
    const expired = await visitProvider(late, slug, sub);
    await testApp.db.kysely.updateTable("sign_in_flows").set({ expires_at: "2000-01-01T00:00:00.000Z" }).execute();
    expect((await late.get(expired.callbackPath)).headers.location).toBe("/sign-in?error=flow_expired");
    expect(await identityCount(sub)).toBe(0);
  });

  it("refuses a replayed callback and a replayed authorization code", async () => {
    const sub = providerAccount({ email: userDetails().email, email_verified: true });
    const browser = new TestClient(testApp.app);
    const first = await signInThroughProvider(browser, slug, sub);
    expect(first.location).toBe("/");
    // The same callback again: the flow was used up.
    expect((await browser.get(first.callbackPath)).headers.location).toBe("/sign-in?error=state_invalid");

    // The used code under a fresh, genuine flow of this browser: the provider refuses it.
    const next = await visitProvider(browser, slug, sub);
    const freshState = new URL(next.callbackPath, "http://x").searchParams.get("state") ?? "";
    const oldCode = new URL(first.callbackPath, "http://x").searchParams.get("code") ?? "";
    const replay = next.callbackPath.replace(/code=[^&]+/, `code=${encodeURIComponent(oldCode)}`);
    expect(replay).toContain(encodeURIComponent(freshState));
    const stranger = new TestClient(testApp.app);
    const refused = await browser.get(replay);
    expect(refused.headers.location).toBe("/sign-in?error=token_rejected");
    expect(refused.cookies.map((cookie) => cookie.name)).not.toContain("debrief_session");
    expect((await stranger.get("/api/me")).statusCode).toBe(401);
  });

  it("refuses an id token issued for another audience, though the provider signed it", async () => {
    const sub = providerAccount({ email: userDetails().email, email_verified: true });
    const browser = new TestClient(testApp.app);
    provider.tamperIdToken = (claims) => ({ ...claims, aud: "someone-else" });
    try {
      const { location, done } = await signInThroughProvider(browser, slug, sub);
      expect(location).toBe("/sign-in?error=token_rejected");
      expect(done.cookies.map((cookie) => cookie.name)).not.toContain("debrief_session");
    } finally {
      provider.tamperIdToken = null;
    }
    expect(await identityCount(sub)).toBe(0);
  });

  it("refuses an id token signed by anyone but the provider", async () => {
    const sub = providerAccount({ email: userDetails().email, email_verified: true });
    provider.tamperIdToken = (claims) => claims;
    provider.tamperSigner = "stranger";
    try {
      const { location } = await signInThroughProvider(new TestClient(testApp.app), slug, sub);
      expect(location).toBe("/sign-in?error=token_rejected");
    } finally {
      provider.tamperIdToken = null;
      provider.tamperSigner = "provider";
    }
    expect(await identityCount(sub)).toBe(0);
  });

  it("links an identity from settings, refuses one that is someone else's, and keeps the last way in", async () => {
    const takenSub = providerAccount({ email: userDetails().email, email_verified: true });
    const other = new TestClient(testApp.app);
    await signInThroughProvider(other, slug, takenSub);

    const me = await signedInClient(testApp);
    const taken = await signInThroughProvider(me.client, slug, takenSub, "?intent=link");
    expect(taken.location).toBe("/settings/sign-in-methods?error=identity_taken");
    expect((await me.client.get("/api/me/identities")).json().identities).toEqual([]);

    const mySub = providerAccount({ name: "No email here" });
    const linked = await signInThroughProvider(me.client, slug, mySub, "?intent=link");
    expect(linked.location).toBe("/settings/sign-in-methods");
    const [identity] = (await me.client.get("/api/me/identities")).json().identities;
    expect(identity).toMatchObject({ email: null, provider: { slug, displayName: "Local ID" } });
    expect((await me.client.get("/api/me")).json().user.id).toBe(me.user.id);

    // I have a password, so the identity is not my last way in.
    expect((await me.client.delete(`/api/me/identities/${identity.id}`)).statusCode).toBe(204);
    const kinds = (await me.client.get("/api/audit")).json().items.map((event: { kind: string }) => event.kind);
    expect(kinds.slice(0, 2)).toEqual(["identity_unlinked", "identity_linked"]);

    // The account made through the provider has nothing else: unlinking is refused.
    const [onlyWay] = (await other.get("/api/me/identities")).json().identities;
    const refused = await other.delete(`/api/me/identities/${onlyWay.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields[0].path).toBe("id");
    // Nor can someone else unlink it.
    expect((await me.client.delete(`/api/me/identities/${onlyWay.id}`)).statusCode).toBe(404);
  });

  it("answers every failure with a redirect the web app explains, never an error page", async () => {
    const browser = new TestClient(testApp.app);
    const unknown = await browser.get("/api/auth/oidc/nobody/start");
    expect(unknown.headers.location).toBe("/sign-in?error=provider_unavailable");
    const notSignedIn = await browser.get(`/api/auth/oidc/${slug}/start?intent=link`);
    expect(notSignedIn.headers.location).toBe("/settings/sign-in-methods?error=sign_in_first");
    expect((await browser.get(`/api/auth/oidc/${slug}/callback`)).headers.location).toBe(
      "/sign-in?error=state_invalid",
    );
    const offSite = await browser.get(`/api/auth/oidc/${slug}/start?returnTo=//evil.example/`);
    expect(offSite.statusCode).toBe(400);
    expect(offSite.json().error.fields[0].path).toBe("returnTo");

    const sub = providerAccount({ email: userDetails().email, email_verified: true });
    const { callbackPath } = await visitProvider(browser, slug, sub);
    const state = new URL(callbackPath, "http://x").searchParams.get("state") ?? "";
    const denied = await browser.get(`/api/auth/oidc/${slug}/callback?error=access_denied&state=${state}`);
    expect(denied.headers.location).toBe("/sign-in?error=access_denied");
  });

  it("on an invite-only server, creates accounts only with a registration invite", async () => {
    await owner.put("/api/admin/settings", { registrationMode: "invite_only" });
    try {
      const sub = providerAccount({ email: userDetails().email, email_verified: true });
      const refused = await signInThroughProvider(new TestClient(testApp.app), slug, sub);
      expect(refused.location).toBe("/sign-in?error=registration_closed");
      expect(await identityCount(sub)).toBe(0);

      const invite = (await owner.post("/api/admin/invites", {})).json();
      const browser = new TestClient(testApp.app);
      const query = `?invite=${encodeURIComponent(invite.token)}&returnTo=/welcome`;
      expect((await signInThroughProvider(browser, slug, sub, query)).location).toBe("/welcome");
      expect(await identityCount(sub)).toBe(1);
    } finally {
      await owner.put("/api/admin/settings", { registrationMode: "open" });
    }
  });

  it("limits how many sign-ins one address may start, and says so on the sign-in page", async () => {
    const limits = testApp.services.signInStartLimit.limits;
    const before = limits.perAddress;
    // This address has started some flows already in this suite; allow exactly one more.
    const used = await testApp.db.kysely
      .selectFrom("sign_in_throttle")
      .select("failures")
      .where("key", "=", "sign-in-start:127.0.0.1")
      .executeTakeFirst();
    limits.perAddress = (used?.failures ?? 0) + 1;
    try {
      const browser = new TestClient(testApp.app);
      const allowed = await browser.get(`/api/auth/oidc/${slug}/start`);
      expect(allowed.statusCode).toBe(302);
      expect(allowed.headers.location).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      const refused = await browser.get(`/api/auth/oidc/${slug}/start`);
      expect(refused.statusCode).toBe(302);
      expect(refused.headers.location).toBe("/sign-in?error=rate_limited");
    } finally {
      limits.perAddress = before;
    }
  });
});
