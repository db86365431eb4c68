import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AdminProvider,
  AdminProviderList,
  CreateProviderRequest,
  LinkedIdentityList,
  UpdateProviderRequest,
} from "../../../../contract/identity.ts";
import { api } from "../../lib/api.ts";
import { signInOptionsKey } from "../auth/provider-queries.ts";

const identitiesKey = ["me", "identities"] as const;
const providersKey = ["admin", "identity-providers"] as const;

/** My linked accounts at other providers, and whether I have a password. */
export function useLinkedIdentities() {
  return useQuery({ queryKey: identitiesKey, queryFn: () => api.get<LinkedIdentityList>("/api/me/identities") });
}

export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/me/identities/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: identitiesKey }),
  });
}

/** The owner's providers (secrets never included) and the password sign-in switch. */
export function useIdentityProviders() {
  return useQuery({
    queryKey: providersKey,
    queryFn: () => api.get<AdminProviderList>("/api/admin/identity-providers"),
  });
}

/** After any change the sign-in page's buttons change too. */
function useRefreshProviders() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: providersKey });
    void queryClient.invalidateQueries({ queryKey: signInOptionsKey });
  };
}

export function useCreateProvider() {
  const refresh = useRefreshProviders();
  return useMutation({
    mutationFn: (body: CreateProviderRequest) => api.post<AdminProvider>("/api/admin/identity-providers", body),
    onSuccess: refresh,
  });
}

export function useUpdateProvider(id: string) {
  const refresh = useRefreshProviders();
  return useMutation({
    mutationFn: (body: UpdateProviderRequest) =>
      api.patch<AdminProvider>(`/api/admin/identity-providers/${encodeURIComponent(id)}`, body),
    onSuccess: refresh,
  });
}

export function useDeleteProvider(id: string) {
  const refresh = useRefreshProviders();
  return useMutation({
    mutationFn: () => api.delete(`/api/admin/identity-providers/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}

export function useSetPasswordSignIn() {
  const refresh = useRefreshProviders();
  return useMutation({
    mutationFn: (enabled: boolean) => api.put<{ passwordSignIn: boolean }>("/api/admin/password-sign-in", { enabled }),
    onSuccess: refresh,
  });
}
