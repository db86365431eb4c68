import * as client from "openid-client";
import type { OidcStartQuery } from "../../../../contract/identity.ts";
import { newId } from "../../db/ids.ts";
import { hashSecret } from "../auth/secrets.ts";
import type { ProviderConnection } from "./provider-client.ts";
import { providerPresets } from "./provider-presets.ts";
import type { SignInFlowRow } from "./sign-in-flows.repo.ts";

/** A flow lasts long enough to sign in at the provider, not long enough to be worth stealing. */
export const flowLifetimeMs = 10 * 60_000;

/**
 * A new flow's row and its state. Only hashes of the state and the browser binding are stored,
 * so a database reader cannot finish someone's sign-in; the PKCE verifier stays server-side.
 */
export function newFlow(
  provider: ProviderConnection,
  query: OidcStartQuery,
  linkUserId: string | null,
  binding: string,
): { row: SignInFlowRow; state: string } {
  const state = client.randomState();
  const now = new Date();
  const defaultReturn = query.intent === "link" ? "/settings/sign-in-methods" : "/";
  return {
    state,
    row: {
      id: newId(),
      state_hash: hashSecret(state),
      browser_binding_hash: hashSecret(binding),
      provider_id: provider.id,
      code_verifier: client.randomPKCECodeVerifier(),
      nonce: providerPresets[provider.preset].protocol === "oidc" ? client.randomNonce() : null,
      intent: query.intent,
      link_user_id: query.intent === "link" ? linkUserId : null,
      return_to: query.returnTo ?? defaultReturn,
      registration_invite_token: query.invite ?? null,
      circle_invite_token: query.circleInvite ?? null,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + flowLifetimeMs).toISOString(),
    },
  };
}
