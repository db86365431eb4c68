import type { OidcErrorCode } from "../../../../contract/identity.ts";

/** What each reason a provider sign-in stopped means, in plain words, with what to do next. */
export const oidcErrorMessages: Record<OidcErrorCode, string> = {
  provider_unavailable: "That sign-in option isn't available right now. Try again later, or use another way in.",
  state_invalid:
    "That sign-in link can't be used here: it was already used, or it was started in another browser. Please start again.",
  flow_expired: "That sign-in took too long and expired. Please start again.",
  access_denied: "The sign-in was cancelled at the provider. Nothing changed.",
  token_rejected: "The provider's answer couldn't be verified, so you weren't signed in. Please try again.",
  profile_unavailable: "The provider didn't tell us who you are. Please try again, or use another way in.",
  link_required:
    "An account with this email already exists, and the provider didn't confirm the email belongs to you. Sign in with your password, then link this provider in Settings → Sign-in methods.",
  identity_taken: "That account is already linked to someone else here, so it can't be linked to yours.",
  email_required:
    "That provider doesn't share an email, so it can't create an account. Sign in another way, then link it in Settings → Sign-in methods.",
  registration_closed: "New accounts on this server need an invite. Ask the person who runs it for an invite link.",
  sign_in_first: "Your session ended before linking finished. Sign in and try linking again.",
  rate_limited: "Too many sign-in attempts from here in a short time. Please wait a few minutes and try again.",
};

/** The message for an ?error= code, or null for none or an unknown one. */
export function oidcErrorMessage(code: string | null): string | null {
  return code && code in oidcErrorMessages ? oidcErrorMessages[code as OidcErrorCode] : null;
}
