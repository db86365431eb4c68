import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApplicationList } from "../../../../contract/applications.ts";
import type { FeedbackItemWithSource } from "../../../../contract/feedback.ts";
import type {
  ActionItem,
  ActionItemStatus,
  LearningGoalSuggestion,
  SaveSoftLandingRequest,
  SoftLanding,
  UpdateActionItemRequest,
  WritingSession,
} from "../../../../contract/growth.ts";
import { api } from "../../lib/api.ts";
import { pipelineKey } from "../pipeline/pipeline-query-hooks.ts";

const softLandingPath = (applicationId: string) =>
  `/api/applications/${encodeURIComponent(applicationId)}/soft-landing`;

/** Under "pipeline": the soft landing and the wins show on the application page. */
export const softLandingKey = (applicationId: string) => [...pipelineKey, "soft-landing", applicationId] as const;
export const actionItemsKey = [...pipelineKey, "action-items"] as const;
const suggestionsKey = [...pipelineKey, "learning-goal-suggestions"] as const;

export function useSoftLanding(applicationId: string) {
  return useQuery({
    queryKey: softLandingKey(applicationId),
    queryFn: () => api.get<SoftLanding>(softLandingPath(applicationId)),
  });
}

/** PUT …/soft-landing: saves the flow's answers as they stand. */
export function useSaveSoftLanding(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSoftLandingRequest) => api.put<SoftLanding>(softLandingPath(applicationId), body),
    onSuccess: (saved) => queryClient.setQueryData(softLandingKey(applicationId), saved),
  });
}

/** POST …/soft-landing/dismiss: "Not now" — the offer goes away, nothing written is lost. */
export function useDismissSoftLanding(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<SoftLanding>(`${softLandingPath(applicationId)}/dismiss`),
    onSuccess: (saved) => queryClient.setQueryData(softLandingKey(applicationId), saved),
  });
}

/** POST then PATCH /api/writing-sessions: the first save creates the session, later ones update it. */
export function useSaveWriting() {
  return useMutation({
    mutationFn: (input: { id: string | null; applicationId: string; body: string; minutes: number | null }) =>
      input.id
        ? api.patch<WritingSession>(`/api/writing-sessions/${encodeURIComponent(input.id)}`, {
            body: input.body,
            minutes: input.minutes,
          })
        : api.post<WritingSession>("/api/writing-sessions", {
            applicationId: input.applicationId,
            body: input.body,
            minutes: input.minutes,
          }),
  });
}

export function useActionItems(filter: { status?: ActionItemStatus; applicationId?: string } = {}) {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.applicationId) params.set("applicationId", filter.applicationId);
  const query = params.toString();
  return useQuery({
    queryKey: [...actionItemsKey, filter],
    queryFn: async () => (await api.get<{ items: ActionItem[] }>(`/api/action-items${query ? `?${query}` : ""}`)).items,
  });
}

function useGrowthMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKey }) });
}

export function useCreateActionItem() {
  return useGrowthMutation((body: { title: string; targetDate?: string | null; feedbackItemId?: string | null }) =>
    api.post<ActionItem>("/api/action-items", body),
  );
}

export function useUpdateActionItem() {
  return useGrowthMutation(({ id, ...body }: UpdateActionItemRequest & { id: string }) =>
    api.patch<ActionItem>(`/api/action-items/${encodeURIComponent(id)}`, body),
  );
}

export function useDeleteActionItem() {
  return useGrowthMutation((id: string) => api.delete(`/api/action-items/${encodeURIComponent(id)}`));
}

export function useLearningGoalSuggestions() {
  return useQuery({
    queryKey: suggestionsKey,
    queryFn: async () =>
      (await api.get<{ items: LearningGoalSuggestion[] }>("/api/growth/learning-goal-suggestions")).items,
  });
}

/** E's feedback log: the items an action item can come from. */
export function useFeedbackItems() {
  return useQuery({
    queryKey: [...pipelineKey, "feedback-items-for-growth"],
    queryFn: async () => (await api.get<{ items: FeedbackItemWithSource[] }>("/api/feedback/items")).items,
  });
}

/** Recently updated applications, for "where did it pay off?". */
export function useRecentApplications() {
  return useQuery({
    queryKey: [...pipelineKey, "applications-for-growth"],
    queryFn: async () => (await api.get<ApplicationList>("/api/applications?limit=100")).items,
  });
}
