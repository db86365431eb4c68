import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ApplicationList } from "../../../../contract/applications.ts";
import type {
  CreatedFeedbackRequest,
  CreateFeedbackEntry,
  FeedbackEntry,
  FeedbackEntryList,
  FeedbackItem,
  FeedbackRequestList,
  FeedbackResponseRate,
  FeedbackTheme,
  FeedbackThemeList,
  FeedbackThemeSummary,
  PublicFeedbackPage,
  ReplaceFeedbackItems,
  SubmitPublicFeedback,
} from "../../../../contract/feedback.ts";
import { api } from "../../lib/api.ts";
import { pipelineKey } from "../pipeline/pipeline-query-hooks.ts";

/** Under "pipeline": requests show on the application page, and feedback arrives from outside. */
export const feedbackKey = [...pipelineKey, "feedback"] as const;

export function useFeedbackEntries() {
  return useQuery({
    queryKey: [...feedbackKey, "entries"],
    queryFn: () => api.get<FeedbackEntryList>("/api/feedback/entries"),
  });
}

export function useFeedbackEntry(id: string) {
  return useQuery({
    queryKey: [...feedbackKey, "entry", id],
    queryFn: () => api.get<FeedbackEntry>(`/api/feedback/entries/${encodeURIComponent(id)}`),
  });
}

export function useFeedbackThemes() {
  return useQuery({
    queryKey: [...feedbackKey, "themes"],
    queryFn: () => api.get<FeedbackThemeList>("/api/feedback/themes"),
  });
}

export function useThemeSummary() {
  return useQuery({
    queryKey: [...feedbackKey, "theme-summary"],
    queryFn: () => api.get<FeedbackThemeSummary>("/api/feedback/themes/summary"),
  });
}

export function useResponseRate() {
  return useQuery({
    queryKey: [...feedbackKey, "response-rate"],
    queryFn: () => api.get<FeedbackResponseRate>("/api/feedback/response-rate"),
  });
}

export function useUnreadFeedback() {
  return useQuery({
    queryKey: [...feedbackKey, "unread"],
    queryFn: () => api.get<{ count: number }>("/api/feedback/unread"),
  });
}

export function useFeedbackRequests(applicationId: string) {
  return useQuery({
    queryKey: [...feedbackKey, "requests", applicationId],
    queryFn: () =>
      api.get<FeedbackRequestList>(`/api/feedback/requests?applicationId=${encodeURIComponent(applicationId)}`),
  });
}

/** The most recently updated applications, to say which one a piece of feedback is about. */
export function useRecentApplications() {
  return useQuery({
    queryKey: [...pipelineKey, "applications", "feedback-choices"],
    queryFn: () => api.get<ApplicationList>("/api/applications?sort=updated&order=desc&limit=200"),
  });
}

/** Refreshes every feedback view (and the rest of the pipeline) after a change. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: feedbackKey });
}

export function useMarkFeedbackSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/api/feedback/seen"),
    onSuccess: () => queryClient.setQueryData([...feedbackKey, "unread"], { count: 0 }),
  });
}

export function useCreateFeedbackRequest() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { applicationId: string }) => api.post<CreatedFeedbackRequest>("/api/feedback/requests", body),
    onSuccess: refresh,
  });
}

export function useMarkAnswered() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/feedback/requests/${encodeURIComponent(id)}/answered`),
    onSuccess: refresh,
  });
}

export function useCreateFeedbackEntry() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateFeedbackEntry) => api.post<FeedbackEntry>("/api/feedback/entries", body),
    onSuccess: refresh,
  });
}

export function useDeleteFeedbackEntry() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/feedback/entries/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}

export function useReplaceItems(entryId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReplaceFeedbackItems) =>
      api.put<{ items: FeedbackItem[] }>(`/api/feedback/entries/${encodeURIComponent(entryId)}/items`, body),
    onSuccess: refresh,
  });
}

export function useCreateTheme() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (name: string) => api.post<FeedbackTheme>("/api/feedback/themes", { name }),
    onSuccess: refresh,
  });
}

export function useRenameTheme(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (name: string) => api.patch<FeedbackTheme>(`/api/feedback/themes/${encodeURIComponent(id)}`, { name }),
    onSuccess: refresh,
  });
}

export function useDeleteTheme(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.delete(`/api/feedback/themes/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
}

// ---------- the public page (no account) ----------

const publicPath = (token: string) => `/api/public/feedback/${encodeURIComponent(token)}`;

export function usePublicFeedback(token: string) {
  return useQuery({
    queryKey: ["public-feedback", token],
    queryFn: () => api.get<PublicFeedbackPage>(publicPath(token)),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useSendPublicFeedback(token: string, editing: boolean) {
  return useMutation({
    mutationFn: (body: SubmitPublicFeedback) =>
      editing
        ? api.put<{ editableUntil: string }>(publicPath(token), body)
        : api.post<{ editableUntil: string }>(publicPath(token), body),
  });
}
