import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CreateInterviewRequest, Interview, UpdateInterviewRequest } from "../../../../contract/interviews.ts";
import type { Upcoming } from "../../../../contract/pipeline.ts";
import { api } from "../../lib/api.ts";
import { pipelineKey, useDeletePipelineRecord } from "../pipeline/pipeline-query-hooks.ts";

const path = (id: string) => `/api/interviews/${encodeURIComponent(id)}`;

/** The iCalendar download for one interview (a plain link: the browser saves the file). */
export const interviewIcsPath = (id: string) => `${path(id)}/ics`;

export function useInterview(id: string) {
  return useQuery({ queryKey: [...pipelineKey, "interview", id], queryFn: () => api.get<Interview>(path(id)) });
}

export function useCreateInterview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInterviewRequest) => api.post<Interview>("/api/interviews", body),
    onSuccess: (created) => {
      queryClient.setQueryData([...pipelineKey, "interview", created.id], created);
      return queryClient.invalidateQueries({ queryKey: pipelineKey });
    },
  });
}

/**
 * PATCH /api/interviews/:id. The answer replaces the cached interview at once; the rest of the
 * pipeline (Today, the application's timeline) refreshes in the background.
 */
export function useUpdateInterview(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateInterviewRequest) => api.patch<Interview>(path(id), body),
    onSuccess: (updated) => {
      queryClient.setQueryData([...pipelineKey, "interview", id], updated);
      return queryClient.invalidateQueries({
        queryKey: pipelineKey,
        predicate: (query) => !(query.queryKey[1] === "interview" && query.queryKey[2] === id),
      });
    },
  });
}

export function useDeleteInterview(id: string) {
  return useDeletePipelineRecord(path(id), [...pipelineKey, "interview", id]);
}

/** GET /api/upcoming: what's next (interviews, recently ended ones, due tasks). */
export function useUpcoming() {
  return useQuery({ queryKey: [...pipelineKey, "upcoming"], queryFn: () => api.get<Upcoming>("/api/upcoming") });
}
