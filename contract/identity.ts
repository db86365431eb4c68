import { z } from "zod";
import { singleLine } from "./common.ts";

/** The ready-made provider presets; 'oidc' is any standards-compliant OpenID provider. */
export const identityPresets = ["oidc", "google", "microsoft", "github", "wordpress", "x", "facebook"] as const;
export type IdentityPreset = (typeof identityPresets)[number];

/** Why a sign-in through a provider did not finish; the web shows a readable message for each. */
export const oidcErrorCodes = [
  "provider_unavailable",
  "state_invalid",
  "flow_expired",
  "access_denied",
  "token_rejected",
  "profile_unavailable",
  "link_required",
  "identity_taken",
  "email_required",
  "registration_closed",
  "sign_in_first",
  "rate_limited",
] as const;
export type OidcErrorCode = (typeof oidcErrorCodes)[number];

const isLoopback = (host: string) => host === "127.0.0.1" || host === "localhost" || host === "[::1]";

/** An https URL; plain http only for this machine (a local test provider). */
export const providerUrl = z
  .string()
  .trim()
  .max(500, "must be at most 500 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname));
    } catch {
      return false;
    }
  }, "must be an https:// URL (http:// only for 127.0.0.1 or localhost)");

/** A relative path on this site: never another origin (no open redirect). */
export const returnToPath = z
  .string()
  .max(500, "must be at most 500 characters")
  .refine((value) => /^\/(?![/\\])/.test(value) && !/[\u0000-\u001f\\]/.test(value), "must be a path on this site");

export const providerSlug = z
  .string()
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "must be 1–40 lowercase letters, digits or dashes");

/** An enabled provider as the sign-in page lists it. */
export const publicProvider = z.object({ slug: z.string(), displayName: z.string(), preset: z.enum(identityPresets) });
export type PublicProvider = z.infer<typeof publicProvider>;

export const signInOptions = z.object({ providers: z.array(publicProvider), passwordSignIn: z.boolean() });
export type SignInOptions = z.infer<typeof signInOptions>;

/** A provider as the owner sees it: everything but the secret (only whether one is set). */
export const adminProvider = z.object({
  id: z.string(),
  slug: z.string(),
  displayName: z.string(),
  preset: z.enum(identityPresets),
  issuer: z.string().nullable(),
  authorizationEndpoint: z.string().nullable(),
  tokenEndpoint: z.string().nullable(),
  userinfoEndpoint: z.string().nullable(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  scopes: z.string(),
  enabled: z.boolean(),
  /** The redirect URI to register with the provider. */
  redirectUri: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminProvider = z.infer<typeof adminProvider>;

export const adminProviderList = z.object({ providers: z.array(adminProvider), passwordSignIn: z.boolean() });
export type AdminProviderList = z.infer<typeof adminProviderList>;

const scopes = singleLine(300).refine(
  (value) => /^[\w.:/-]*( [\w.:/-]+)*$/.test(value),
  "must be scopes separated by spaces",
);

const providerFields = {
  displayName: singleLine(60).pipe(z.string().min(1, "must not be empty")),
  issuer: providerUrl.nullable().optional(),
  /** Microsoft only: the directory (tenant) id or domain; fills in the issuer. */
  tenant: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.-]{1,100}$/, "must be a directory (tenant) id or domain")
    .refine(
      (value) => !["common", "organizations"].includes(value.toLowerCase()),
      "must be your own tenant, not common or organizations",
    )
    .optional(),
  authorizationEndpoint: providerUrl.nullable().optional(),
  tokenEndpoint: providerUrl.nullable().optional(),
  userinfoEndpoint: providerUrl.nullable().optional(),
  clientId: singleLine(300).pipe(z.string().min(1, "must not be empty")),
  /** Write-only. On update, leave out (or send "") to keep the stored secret. */
  clientSecret: z.string().max(1000, "must be at most 1000 characters").optional(),
  scopes: scopes.optional(),
  enabled: z.boolean().optional(),
};

export const createProviderRequest = z.strictObject({
  slug: providerSlug,
  preset: z.enum(identityPresets, { message: `must be one of ${identityPresets.join(", ")}` }),
  ...providerFields,
});
export type CreateProviderRequest = z.infer<typeof createProviderRequest>;

export const updateProviderRequest = z.strictObject({
  ...providerFields,
  displayName: providerFields.displayName.optional(),
  clientId: providerFields.clientId.optional(),
});
export type UpdateProviderRequest = z.infer<typeof updateProviderRequest>;

export const passwordSignInRequest = z.strictObject({ enabled: z.boolean() });
export const passwordSignInResponse = z.object({ passwordSignIn: z.boolean() });

/** One of my linked identities. */
export const linkedIdentity = z.object({
  id: z.string(),
  provider: z.object({ slug: z.string(), displayName: z.string(), preset: z.enum(identityPresets) }),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type LinkedIdentity = z.infer<typeof linkedIdentity>;
export const linkedIdentityList = z.object({ identities: z.array(linkedIdentity), hasPassword: z.boolean() });
export type LinkedIdentityList = z.infer<typeof linkedIdentityList>;

export const oidcSlugParams = z.strictObject({ slug: providerSlug });

export const oidcStartQuery = z.strictObject({
  intent: z.enum(["sign_in", "link"], { message: "must be sign_in or link" }).default("sign_in"),
  returnTo: returnToPath.optional(),
  /** A registration invite, for invite-only servers. */
  invite: z.string().trim().min(1).max(200).optional(),
  /** A circle invite, carried through to the page that accepts it. */
  circleInvite: z.string().trim().min(1).max(200).optional(),
});
export type OidcStartQuery = z.infer<typeof oidcStartQuery>;

/** What a provider sends back; anything else it adds (iss, session_state…) is passed on as is. */
export const oidcCallbackQuery = z.looseObject({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
});
