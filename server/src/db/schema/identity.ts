import type { Generated } from "kysely";

/** The presets a provider can be configured from (provider-presets.ts). */
export type IdentityProviderPreset = "oidc" | "google" | "microsoft" | "github" | "wordpress" | "x" | "facebook";

/** An OpenID Connect / OAuth 2.0 provider the server's owner configured (instance-wide). */
export interface IdentityProvidersTable {
  id: string;
  /** URL-safe and unique: it names the callback path /api/auth/oidc/<slug>/callback. */
  slug: string;
  display_name: string;
  preset: IdentityProviderPreset;
  /** OpenID Connect issuer (endpoints are discovered); null for OAuth 2.0-only presets. */
  issuer: string | null;
  authorization_endpoint: string | null;
  token_endpoint: string | null;
  userinfo_endpoint: string | null;
  client_id: string;
  /** SecretBox-sealed client secret; never returned by any API, never exported. */
  client_secret_sealed: string | null;
  /** Space-separated scopes to ask for. */
  scopes: string;
  enabled: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** An account at a provider, linked to one user. (provider_id, subject) is unique. */
export interface UserIdentitiesTable {
  id: string;
  user_id: string;
  provider_id: string;
  subject: string;
  email: string | null;
  email_verified: Generated<number>;
  created_at: string;
  last_used_at: string | null;
}

/** A sign-in in progress: single-use, expires after 10 minutes. */
export interface SignInFlowsTable {
  id: string;
  state_hash: string;
  browser_binding_hash: string;
  provider_id: string;
  code_verifier: string;
  nonce: string | null;
  intent: "sign_in" | "link";
  link_user_id: string | null;
  return_to: string;
  registration_invite_token: string | null;
  circle_invite_token: string | null;
  created_at: string;
  expires_at: string;
}
