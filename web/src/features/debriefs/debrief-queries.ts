import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Debrief, debriefSettings, SaveDebriefRequest } from "../../../../contract/debriefs.ts";
import type { Interview } from "../../../../contract/interviews.ts";
import { ApiError, api } from "../../lib/api.ts";
import { pipelineKey } from "../pipeline/pipeline-query-hooks.ts";

type DebriefSettings = z.infer<typeof debriefSettings>;

const path = (interviewId: string) => `/api/interviews/${encodeURIComponent(interviewId)}/debrief`;

/** Under "pipeline": a debrief changes the interview, Today, the application's arc and the insights. */
export const debriefKey = (interviewId: string) => [...pipelineKey, "debrief", interviewId] as const;
const interviewKey = (interviewId: string) => [...pipelineKey, "interview", interviewId] as const;

/**
 * GET /api/interviews/:id/debrief; null when there is none yet (the API answers 404). Only asked
 * when the interview says it has one, so a first debrief costs no request.
 */
export function useDebrief(interviewId: string, exists: boolean) {
  return useQuery({
    queryKey: debriefKey(interviewId),
    queryFn: async () => {
      try {
        return await api.get<Debrief>(path(interviewId));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: exists,
  });
}

/** Every pipeline view but the given keys refreshes (those were just set from the answer). */
function refreshOthers(queryClient: ReturnType<typeof useQueryClient>, interviewId: string) {
  return queryClient.invalidateQueries({
    queryKey: pipelineKey,
    predicate: (query) => !(query.queryKey[1] === "debrief" && query.queryKey[2] === interviewId),
  });
}

/** PUT /api/interviews/:id/debrief: replaces the whole debrief (the first save's time is kept). */
export function useSaveDebrief(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveDebriefRequest) => api.put<Debrief>(path(interviewId), body),
    onSuccess: (saved) => {
      queryClient.setQueryData(debriefKey(interviewId), saved);
      // The interview page shows the summary straight away, before its refetch lands.
      queryClient.setQueryData<Interview>(interviewKey(interviewId), (interview) =>
        interview
          ? {
              ...interview,
              debrief: {
                energy: saved.energy,
                engagement: saved.engagement,
                wentWell: saved.wentWell,
                flow: saved.flow,
                feelings: saved.feelings,
                ownFeelings: saved.ownFeelings,
                createdAt: saved.createdAt,
              },
            }
          : interview,
      );
      return refreshOthers(queryClient, interviewId);
    },
  });
}

/** DELETE /api/interviews/:id/debrief. */
export function useDeleteDebrief(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(path(interviewId)),
    onSuccess: () => {
      queryClient.setQueryData(debriefKey(interviewId), null);
      queryClient.setQueryData<Interview>(interviewKey(interviewId), (interview) =>
        interview ? { ...interview, debrief: null } : interview,
      );
      return refreshOthers(queryClient, interviewId);
    },
  });
}

const settingsKey = ["debrief-settings"] as const;

/** GET /api/me/debrief-settings. */
export function useDebriefSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<DebriefSettings>("/api/me/debrief-settings"),
  });
}

/** PUT /api/me/debrief-settings. */
export function useUpdateDebriefSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DebriefSettings) => api.put<DebriefSettings>("/api/me/debrief-settings", body),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}
