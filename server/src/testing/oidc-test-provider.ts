import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeJwt, exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import Provider, { type ClientMetadata } from "oidc-provider";

/** A person at the test provider: the login name typed on its page is their `sub`. */
export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface OidcTestProvider {
  issuer: string;
  /** The people who can sign in; add or change them at any time. */
  accounts: Map<string, TestAccount>;
  /**
   * When set, rewrites the claims of every id token the token endpoint returns and re-signs it
   * with the provider's own key: a genuine signature on a token that was not meant for us.
   */
  tamperIdToken: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  /** Who re-signs a tampered id token: the provider's own key, or a stranger's under the same key id. */
  tamperSigner: "provider" | "stranger";
  /** Signs arbitrary claims with the provider's key (as if the provider issued them). */
  mint(claims: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 for tests: code flow with PKCE required,
 * its development login and consent pages (any login name, any password), accounts from a map
 * the test controls, and a signing key the test knows.
 */
export async function startOidcTestProvider(options: {
  clients: Pick<ClientMetadata, "client_id" | "client_secret" | "redirect_uris">[];
  accounts?: TestAccount[];
}): Promise<OidcTestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = "test-key";
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: "RS256", use: "sig" };
  const accounts = new Map((options.accounts ?? []).map((account) => [account.sub, account]));
  const stranger = (await generateKeyPair("RS256")).privateKey;
  const mint = (claims: Record<string, unknown>, key: CryptoKey = privateKey) =>
    new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid }).sign(key);

  const provider = new Provider(issuer, {
    clients: options.clients.map((client) => ({
      ...client,
      token_endpoint_auth_method: client.client_secret ? "client_secret_post" : "none",
      grant_types: ["authorization_code"],
      response_types: ["code"],
    })),
    jwks: { keys: [jwk] },
    pkce: { required: () => true },
    cookies: { keys: ["oidc-test-provider-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds), so the provider does not log a notice for each default.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ ...account }) };
    },
  });
  // oidc-provider logs every rendered error page; the tests check outcomes, not its log.
  provider.on("server_error", () => {});

  const handle: OidcTestProvider = {
    issuer,
    accounts,
    tamperIdToken: null,
    tamperSigner: "provider",
    mint: (claims) => mint(claims),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (handle.tamperIdToken && ctx.path === "/token" && typeof body?.id_token === "string") {
      const claims = handle.tamperIdToken(decodeJwt(body.id_token) as Record<string, unknown>);
      body.id_token = await mint(claims, handle.tamperSigner === "stranger" ? stranger : privateKey);
    }
  });
  server.on("request", provider.callback());
  return handle;
}

/** A tiny browser: a cookie jar over fetch that follows redirects by hand, so each hop is visible. */
export class CookieJarBrowser {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string, init: { method?: string; body?: URLSearchParams } = {}): Promise<Response> {
    const origin = new URL(url).origin;
    const response = await fetch(url, {
      method: init.method ?? "GET",
      redirect: "manual",
      headers: {
        cookie: [...this.cookies]
          .filter(([key]) => key.startsWith(origin))
          .map(([key, value]) => `${key.slice(origin.length + 1)}=${value}`)
          .join("; "),
        ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(init.body ? { body: init.body } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(`${origin} ${name}`);
      else this.cookies.set(`${origin} ${name}`, value);
    }
    return response;
  }
}

/**
 * Signs in at the provider as `login` (its development pages: login, then consent) starting
 * from the authorization URL, and returns the URL the provider redirects back to (the callback).
 */
export async function signInAtProvider(
  browser: CookieJarBrowser,
  authorizationUrl: string,
  login: string,
  callbackPrefix: string,
): Promise<string> {
  let url = authorizationUrl;
  for (let hop = 0; hop < 12; hop += 1) {
    if (url.startsWith(callbackPrefix)) return url;
    const response = await browser.fetch(url);
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(`unexpected page at the provider (${response.status}): ${html.slice(0, 300)}`);
    const form = new URLSearchParams({ prompt });
    if (prompt === "login") {
      form.set("login", login);
      form.set("password", "any password");
    }
    const submitted = await browser.fetch(new URL(action.replaceAll("&amp;", "&"), url).href, {
      method: "POST",
      body: form,
    });
    const next = submitted.headers.get("location");
    if (!next) throw new Error(`the provider did not redirect after ${prompt} (${submitted.status})`);
    url = new URL(next, url).href;
  }
  throw new Error("too many redirects at the provider");
}
