import type { LightMyRequestResponse } from "fastify";
import { CookieJarBrowser, type OidcTestProvider, signInAtProvider } from "./oidc-test-provider.ts";
import { type TestClient, testPublicUrl } from "./test-app.ts";

export const testClient = { client_id: "debrief-test", client_secret: "debrief-test-secret" };

/** The redirect URI Debrief's test app registers for a provider slug. */
export const callbackFor = (slug: string) => `${testPublicUrl}/api/auth/oidc/${slug}/callback`;

/** The owner adds the local test provider as a generic OpenID Connect provider. */
export async function addLocalProvider(owner: TestClient, provider: OidcTestProvider, slug: string) {
  const response = await owner.post("/api/admin/identity-providers", {
    slug,
    preset: "oidc",
    displayName: "Local ID",
    issuer: provider.issuer,
    clientId: testClient.client_id,
    clientSecret: testClient.client_secret,
  });
  if (response.statusCode !== 201) throw new Error(`adding the provider failed: ${response.body}`);
  return response.json() as { id: string };
}

/**
 * The first half of a sign-in as a browser does it: Debrief's start redirect, then the
 * provider's login and consent pages. Returns the callback path (with code and state) the
 * provider sends the browser back to, without visiting it.
 */
export async function visitProvider(
  client: TestClient,
  slug: string,
  login: string,
  query = "",
): Promise<{ start: LightMyRequestResponse; callbackPath: string }> {
  const start = await client.get(`/api/auth/oidc/${slug}/start${query}`);
  if (start.statusCode !== 302) throw new Error(`start answered ${start.statusCode}: ${start.body}`);
  const location = String(start.headers.location);
  if (!location.startsWith("http")) return { start, callbackPath: "" };
  const callback = await signInAtProvider(new CookieJarBrowser(), location, login, callbackFor(slug));
  return { start, callbackPath: callback.slice(testPublicUrl.length) };
}

/** A whole sign-in: returns where Debrief finally redirects the browser. */
export async function signInThroughProvider(client: TestClient, slug: string, login: string, query = "") {
  const { callbackPath } = await visitProvider(client, slug, login, query);
  const done = await client.get(callbackPath);
  return { done, location: String(done.headers.location), callbackPath };
}
