import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { pipelineSettings } from "../../../../contract/pipeline.ts";
import { api } from "../../lib/api.ts";

type PipelineSettings = z.infer<typeof pipelineSettings>;

const pipelineSettingsKey = ["pipeline", "settings"] as const;

export function usePipelineSettings() {
  return useQuery({
    queryKey: pipelineSettingsKey,
    queryFn: () => api.get<PipelineSettings>("/api/me/pipeline-settings"),
  });
}

/** A shorter wait can move applications to Ghosted at once, so every pipeline view refreshes. */
export function useUpdatePipelineSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PipelineSettings) => api.put<PipelineSettings>("/api/me/pipeline-settings", body),
    onSuccess: (saved) => {
      queryClient.setQueryData(pipelineSettingsKey, saved);
      return queryClient.invalidateQueries({ queryKey: ["pipeline"] });
    },
  });
}
