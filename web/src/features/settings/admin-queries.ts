import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreatedInvite, CreateInviteRequest, InstanceSettings, InviteInfo } from "../../../../contract/admin.ts";
import { api } from "../../lib/api.ts";
import { sessionKey } from "../auth/queries.ts";

const settingsKey = ["admin", "settings"] as const;
const invitesKey = ["admin", "invites"] as const;

/** The owner's instance settings (registration mode). */
export function useInstanceSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api.get<InstanceSettings>("/api/admin/settings") });
}

export function useUpdateInstanceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InstanceSettings) => api.put<InstanceSettings>("/api/admin/settings", body),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKey, settings);
      // The session carries the registration status the sign-up page reads.
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

export function useInvites() {
  return useQuery({
    queryKey: invitesKey,
    queryFn: () => api.get<{ invites: InviteInfo[] }>("/api/admin/invites"),
    select: ({ invites }) => invites,
  });
}

/** Creates an invite; its link is in this answer only. */
export function useCreateInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInviteRequest) => api.post<CreatedInvite>("/api/admin/invites", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
  });
}

export function useRevokeInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/admin/invites/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
  });
}
