import type { IdentityPreset } from "../../../../contract/identity.ts";

/** Who a provider says the person is, in the same shape for every preset. */
export interface MappedProfile {
  /** The provider's stable, never-reassigned id for the account. */
  subject: string;
  email: string | null;
  /** True only when this preset's provider vouches that the person controls the email. */
  emailVerified: boolean;
  name: string;
}

/** What was fetched from the provider: id token + userinfo claims, or an OAuth 2.0 profile call. */
export interface ProfileSources {
  claims?: Record<string, unknown>;
  profile?: unknown;
  /** GitHub only: GET /user/emails. */
  emails?: unknown;
}

export interface PresetDefinition {
  label: string;
  /** OpenID Connect presets discover endpoints and validate an id token; OAuth 2.0 presets call a profile URL. */
  protocol: "oidc" | "oauth2";
  /** Fixed issuer (Google), one built from the tenant (Microsoft), or none (given by the owner / OAuth 2.0). */
  issuer?: string | ((tenant: string) => string);
  authorizationEndpoint?: string;
  tokenEndpoint?: string;
  profileEndpoint?: string;
  /** GitHub: where the primary verified email comes from. */
  emailsEndpoint?: string;
  defaultScopes: string;
  /** How the client authenticates at the token endpoint. */
  clientAuth: "post" | "basic";
  /** Maps what was fetched; null when the provider's answer has no usable account id. */
  mapProfile(sources: ProfileSources): MappedProfile | null;
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;
const idOf = (value: unknown): string | null =>
  typeof value === "number" && Number.isSafeInteger(value) ? String(value) : text(value);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const normaliseEmail = (value: unknown) => text(value)?.toLowerCase() ?? null;

/**
 * OpenID Connect claims. `trustEmail` is false for providers whose email claim is not proof of
 * control (Microsoft lets tenants set any email), so those never link accounts by email.
 */
function mapOidcClaims(sources: ProfileSources, trustEmail: boolean): MappedProfile | null {
  const claims = record(sources.claims);
  const subject = text(claims.sub);
  if (!subject) return null;
  const email = normaliseEmail(claims.email);
  return {
    subject,
    email,
    emailVerified: trustEmail && email !== null && claims.email_verified === true,
    name: text(claims.name) ?? text(claims.preferred_username) ?? "",
  };
}

function mapGitHub(sources: ProfileSources): MappedProfile | null {
  const user = record(sources.profile);
  const subject = idOf(user.id);
  if (!subject) return null;
  const emails = Array.isArray(sources.emails) ? sources.emails.map(record) : [];
  const primary = emails.find((entry) => entry.primary === true && entry.verified === true);
  // The public profile email is not necessarily verified: only the emails endpoint says so.
  const email = normaliseEmail(primary?.email) ?? normaliseEmail(user.email);
  return { subject, email, emailVerified: primary !== undefined, name: text(user.name) ?? text(user.login) ?? "" };
}

function mapWordPress(sources: ProfileSources): MappedProfile | null {
  const me = record(sources.profile);
  const subject = idOf(me.ID);
  if (!subject) return null;
  const email = normaliseEmail(me.email);
  return {
    subject,
    email,
    emailVerified: email !== null && me.email_verified === true,
    name: text(me.display_name) ?? text(me.username) ?? "",
  };
}

function mapX(sources: ProfileSources): MappedProfile | null {
  const data = record(record(sources.profile).data);
  const subject = idOf(data.id);
  if (!subject) return null;
  // X gives no email: an X account is linked from settings, never by email.
  return { subject, email: null, emailVerified: false, name: text(data.name) ?? text(data.username) ?? "" };
}

function mapFacebook(sources: ProfileSources): MappedProfile | null {
  const me = record(sources.profile);
  const subject = idOf(me.id);
  if (!subject) return null;
  const email = normaliseEmail(me.email);
  // Facebook returns only confirmed emails, so one that is present is vouched for.
  return { subject, email, emailVerified: email !== null, name: text(me.name) ?? "" };
}

/** Every preset the owner can pick. */
export const providerPresets: Record<IdentityPreset, PresetDefinition> = {
  oidc: {
    label: "OpenID Connect",
    protocol: "oidc",
    defaultScopes: "openid email profile",
    clientAuth: "post",
    mapProfile: (sources) => mapOidcClaims(sources, true),
  },
  google: {
    label: "Google",
    protocol: "oidc",
    issuer: "https://accounts.google.com",
    defaultScopes: "openid email profile",
    clientAuth: "post",
    mapProfile: (sources) => mapOidcClaims(sources, true),
  },
  microsoft: {
    label: "Microsoft",
    protocol: "oidc",
    issuer: (tenant) => `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/v2.0`,
    defaultScopes: "openid email profile",
    clientAuth: "post",
    // Microsoft's email claim is mutable and unverified: never auto-link by it.
    mapProfile: (sources) => mapOidcClaims(sources, false),
  },
  github: {
    label: "GitHub",
    protocol: "oauth2",
    authorizationEndpoint: "https://github.com/login/oauth/authorize",
    tokenEndpoint: "https://github.com/login/oauth/access_token",
    profileEndpoint: "https://api.github.com/user",
    emailsEndpoint: "https://api.github.com/user/emails",
    defaultScopes: "read:user user:email",
    clientAuth: "post",
    mapProfile: mapGitHub,
  },
  wordpress: {
    label: "WordPress.com",
    protocol: "oauth2",
    authorizationEndpoint: "https://public-api.wordpress.com/oauth2/authorize",
    tokenEndpoint: "https://public-api.wordpress.com/oauth2/token",
    profileEndpoint: "https://public-api.wordpress.com/rest/v1.1/me",
    defaultScopes: "auth",
    clientAuth: "post",
    mapProfile: mapWordPress,
  },
  x: {
    label: "X",
    protocol: "oauth2",
    authorizationEndpoint: "https://x.com/i/oauth2/authorize",
    tokenEndpoint: "https://api.x.com/2/oauth2/token",
    profileEndpoint: "https://api.x.com/2/users/me",
    defaultScopes: "users.read tweet.read",
    clientAuth: "basic",
    mapProfile: mapX,
  },
  facebook: {
    label: "Facebook",
    protocol: "oauth2",
    authorizationEndpoint: "https://www.facebook.com/v21.0/dialog/oauth",
    tokenEndpoint: "https://graph.facebook.com/v21.0/oauth/access_token",
    profileEndpoint: "https://graph.facebook.com/me?fields=id,name,email",
    defaultScopes: "email public_profile",
    clientAuth: "post",
    mapProfile: mapFacebook,
  },
};
