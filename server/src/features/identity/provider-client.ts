import * as client from "openid-client";
import { type MappedProfile, providerPresets } from "./provider-presets.ts";

/** A provider with its secret opened: what talking to it needs. */
export interface ProviderConnection {
  id: string;
  /** Changes whenever the owner edits the provider, so a cached configuration is dropped. */
  version: string;
  preset: keyof typeof providerPresets;
  issuer: string | null;
  authorizationEndpoint: string | null;
  tokenEndpoint: string | null;
  profileEndpoint: string | null;
  clientId: string;
  clientSecret: string | null;
  scopes: string;
}

/** Which step failed, so the person gets a message that says what happened. */
export class ProviderError extends Error {
  override name = "ProviderError";
  constructor(
    readonly code: "provider_unavailable" | "token_rejected" | "profile_unavailable",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const isLoopback = (url: string) => ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);

/**
 * openid-client refuses plain http. Only a provider on this very machine (a local test provider)
 * may use it; validation already refuses http anywhere else, and this is the second lock.
 */
const allowHttpFor = (url: string | null): boolean => Boolean(url?.startsWith("http:") && isLoopback(url));

/** Talks to identity providers through openid-client: discovery, the code grant, the profile. */
export class ProviderClient {
  private readonly configurations = new Map<string, Promise<client.Configuration>>();

  /** The configuration for a provider, discovered once per version of its settings. */
  configuration(provider: ProviderConnection): Promise<client.Configuration> {
    const key = `${provider.id}:${provider.version}`;
    let found = this.configurations.get(key);
    if (!found) {
      found = this.build(provider);
      this.configurations.set(key, found);
      // A failed discovery is retried next time rather than remembered.
      found.catch(() => this.configurations.delete(key));
    }
    return found;
  }

  private async build(provider: ProviderConnection): Promise<client.Configuration> {
    const preset = providerPresets[provider.preset];
    const auth = !provider.clientSecret
      ? client.None()
      : preset.clientAuth === "basic"
        ? client.ClientSecretBasic(provider.clientSecret)
        : client.ClientSecretPost(provider.clientSecret);
    if (preset.protocol === "oidc") {
      if (!provider.issuer) throw new ProviderError("provider_unavailable", "The provider has no issuer.");
      const insecure = allowHttpFor(provider.issuer);
      try {
        return await client.discovery(new URL(provider.issuer), provider.clientId, undefined, auth, {
          // TLS to the token endpoint would be enough by the spec; checking the id token's
          // signature against the provider's published keys as well costs one cached fetch.
          execute: insecure
            ? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
            : [client.enableNonRepudiationChecks],
          timeout: 10,
        });
      } catch (error) {
        throw new ProviderError("provider_unavailable", "The provider's discovery document could not be read.", {
          cause: error,
        });
      }
    }
    if (!provider.authorizationEndpoint || !provider.tokenEndpoint) {
      throw new ProviderError("provider_unavailable", "The provider's endpoints are not set.");
    }
    const config = new client.Configuration(
      {
        issuer: new URL(provider.authorizationEndpoint).origin,
        authorization_endpoint: provider.authorizationEndpoint,
        token_endpoint: provider.tokenEndpoint,
      },
      provider.clientId,
      undefined,
      auth,
    );
    if (allowHttpFor(provider.authorizationEndpoint) && allowHttpFor(provider.tokenEndpoint)) {
      client.allowInsecureRequests(config);
    }
    config.timeout = 10;
    return config;
  }

  /** The URL to send the browser to: code flow with PKCE (S256), state, and a nonce for OpenID Connect. */
  async authorizationUrl(
    provider: ProviderConnection,
    checks: { redirectUri: string; state: string; codeVerifier: string; nonce: string | null },
  ): Promise<URL> {
    const config = await this.configuration(provider);
    const parameters: Record<string, string> = {
      redirect_uri: checks.redirectUri,
      scope: provider.scopes,
      response_type: "code",
      state: checks.state,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: "S256",
    };
    if (checks.nonce) parameters.nonce = checks.nonce;
    return client.buildAuthorizationUrl(config, parameters);
  }

  /**
   * Exchanges the code and reads who the person is. For OpenID Connect, openid-client checks the
   * id token's signature, issuer, audience, expiry and nonce; any failure is token_rejected.
   */
  async finish(
    provider: ProviderConnection,
    callbackUrl: URL,
    checks: { state: string; codeVerifier: string; nonce: string | null },
  ): Promise<MappedProfile> {
    const config = await this.configuration(provider);
    const preset = providerPresets[provider.preset];
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        ...(preset.protocol === "oidc" ? { expectedNonce: checks.nonce ?? "", idTokenExpected: true } : {}),
      });
    } catch (error) {
      throw new ProviderError("token_rejected", "The provider's answer was refused.", { cause: error });
    }
    let mapped: MappedProfile | null;
    try {
      mapped =
        preset.protocol === "oidc"
          ? await this.oidcProfile(config, provider, tokens)
          : await this.oauthProfile(config, provider, tokens.access_token);
    } catch (error) {
      throw new ProviderError("profile_unavailable", "The provider's profile could not be read.", { cause: error });
    }
    if (!mapped) throw new ProviderError("profile_unavailable", "The provider's profile has no account id.");
    return mapped;
  }

  private async oidcProfile(
    config: client.Configuration,
    provider: ProviderConnection,
    tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
  ): Promise<MappedProfile | null> {
    const claims = tokens.claims();
    if (!claims) return null;
    let merged: Record<string, unknown> = { ...claims };
    // Some providers put the email only in userinfo; the subject must match the id token's.
    if (claims.email === undefined && config.serverMetadata().userinfo_endpoint) {
      const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      merged = { ...userinfo, ...claims, email: userinfo.email, email_verified: userinfo.email_verified };
    }
    return providerPresets[provider.preset].mapProfile({ claims: merged });
  }

  private async oauthProfile(
    config: client.Configuration,
    provider: ProviderConnection,
    accessToken: string,
  ): Promise<MappedProfile | null> {
    const preset = providerPresets[provider.preset];
    if (!provider.profileEndpoint) return null;
    const profile = await this.fetchJson(config, accessToken, provider.profileEndpoint);
    const emails = preset.emailsEndpoint ? await this.fetchJson(config, accessToken, preset.emailsEndpoint) : undefined;
    return preset.mapProfile({ profile, emails });
  }

  private async fetchJson(config: client.Configuration, accessToken: string, url: string): Promise<unknown> {
    // GitHub's API refuses requests without a User-Agent.
    const headers = new Headers({ accept: "application/json", "user-agent": "Debrief" });
    const response = await client.fetchProtectedResource(config, accessToken, new URL(url), "GET", undefined, headers);
    if (!response.ok) throw new Error(`profile request answered ${response.status}`);
    return response.json();
  }
}
