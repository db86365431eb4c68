import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UserResponse } from "../../../../contract/auth.ts";
import type { OnboardingRequest } from "../../../../contract/me.ts";
import { api } from "../../lib/api.ts";
import { setSessionUser } from "../auth/queries.ts";

/** Saves the onboarding answers; the returned user is onboarded, which moves routing on to Today. */
export function useCompleteOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OnboardingRequest) => api.put<UserResponse>("/api/me/onboarding", body),
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}
