import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SessionInfo } from "../../../../contract/me.ts";
import { ApiError, api } from "../../lib/api.ts";

export const sessionsKey = ["me", "sessions"] as const;

/** Where the person is signed in, this device first. */
export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: () => api.get<{ sessions: SessionInfo[] }>("/api/me/sessions"),
    select: ({ sessions }) => [...sessions].sort((a, b) => Number(b.current) - Number(a.current)),
  });
}

async function endSession(id: string): Promise<void> {
  try {
    await api.delete(`/api/me/sessions/${encodeURIComponent(id)}`);
  } catch (error) {
    // Already gone (expired, or ended from another device) is what was asked for.
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

/** Signs out every session but this one (the API ends sessions one at a time). */
export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sessions: SessionInfo[]) => {
      for (const session of sessions) if (!session.current) await endSession(session.id);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}
