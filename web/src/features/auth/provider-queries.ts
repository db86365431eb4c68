import { useQuery } from "@tanstack/react-query";
import type { SignInOptions } from "../../../../contract/identity.ts";
import { api } from "../../lib/api.ts";

export const signInOptionsKey = ["auth", "sign-in-options"] as const;

/** The sign-in buttons to show and whether the password form is on. */
export function useSignInOptions() {
  return useQuery({
    queryKey: signInOptionsKey,
    queryFn: () => api.get<SignInOptions>("/api/auth/providers"),
    staleTime: 60_000,
  });
}

/**
 * Where a "Continue with …" button goes: a plain link (the browser leaves for the provider),
 * carrying where to come back to and any invite, so an invite-only server lets the person in.
 */
export function providerStartHref(
  slug: string,
  options: { intent?: "sign_in" | "link"; returnTo?: string; invite?: string } = {},
): string {
  const params = new URLSearchParams({ intent: options.intent ?? "sign_in" });
  if (options.returnTo && options.returnTo !== "/") params.set("returnTo", options.returnTo);
  if (options.invite) params.set("invite", options.invite);
  // A circle invite travels in the return path; the server needs it when creating the account.
  const circleToken = options.returnTo?.startsWith("/circle/join?")
    ? new URLSearchParams(options.returnTo.slice("/circle/join?".length)).get("token")
    : null;
  if (circleToken) params.set("circleInvite", circleToken);
  return `/api/auth/oidc/${encodeURIComponent(slug)}/start?${params}`;
}
