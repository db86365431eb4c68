import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UserResponse } from "../../../../contract/auth.ts";
import type { UpdateProfileRequest } from "../../../../contract/me.ts";
import { api } from "../../lib/api.ts";
import { setSessionUser } from "../auth/queries.ts";

// Both answer with the whole user, which replaces the one in the session cache (no refetch).

export function useUpdateName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => api.patch<UserResponse>("/api/me", body),
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}

export function useReplaceRoleFamilies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (names: string[]) => api.put<UserResponse>("/api/me/role-families", { names }),
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}
