import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateReadingItemRequest,
  ReadingContext,
  ReadingItem,
  UpdateReadingItemRequest,
} from "../../../../contract/reading.ts";
import { api } from "../../lib/api.ts";

const readingKey = ["reading"] as const;

export interface ReadingFilter {
  status?: "read" | "unread";
  tag?: string;
  context?: ReadingContext;
}

export function useReadingList(filter: ReadingFilter) {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.tag) params.set("tag", filter.tag);
  if (filter.context) params.set("context", filter.context);
  const query = params.toString();
  return useQuery({
    queryKey: [...readingKey, "list", filter],
    queryFn: async () => (await api.get<{ items: ReadingItem[] }>(`/api/reading${query ? `?${query}` : ""}`)).items,
  });
}

export function useReadingSuggestions(context: ReadingContext) {
  return useQuery({
    queryKey: [...readingKey, "suggestions", context],
    queryFn: async () =>
      (await api.get<{ items: ReadingItem[] }>(`/api/reading/suggestions?context=${encodeURIComponent(context)}`))
        .items,
  });
}

function useReadingMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: readingKey }) });
}

export const useCreateReadingItem = () =>
  useReadingMutation((body: CreateReadingItemRequest) => api.post<ReadingItem>("/api/reading", body));
export const useUpdateReadingItem = () =>
  useReadingMutation((input: { id: string } & UpdateReadingItemRequest) => {
    const { id, ...body } = input;
    return api.patch<ReadingItem>(`/api/reading/${encodeURIComponent(id)}`, body);
  });
export const useDeleteReadingItem = () =>
  useReadingMutation((id: string) => api.delete(`/api/reading/${encodeURIComponent(id)}`));
