import {
  type InfiniteData,
  keepPreviousData,
  type QueryKey,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import { api } from "../../lib/api.ts";

/** Every pipeline query key starts here; every pipeline mutation invalidates it. */
export const pipelineKey = ["pipeline"] as const;

const searchPageSize = 50;

/** A mutation that, once it succeeds, refreshes every pipeline view (board, lists, record pages, Today). */
export function usePipelineMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKey }) });
}

/**
 * DELETE of one pipeline record. The record's own query is dropped rather than refetched (its page
 * is leaving and it no longer exists); every other pipeline view refreshes.
 */
export function useDeletePipelineRecord(path: string, recordKey: QueryKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(path),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: recordKey });
      return queryClient.invalidateQueries({ queryKey: pipelineKey });
    },
  });
}

/** GET `path`, 50 at a time by cursor; `q` (when not empty) narrows the list on the server. */
export function usePipelineSearchList<Page extends { nextCursor: string | null }>(
  listKey: QueryKey,
  path: string,
  q: string,
) {
  return useInfiniteQuery<Page, Error, InfiniteData<Page, string | null>, QueryKey, string | null>({
    queryKey: [...listKey, { q }],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(searchPageSize) });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return api.get<Page>(`${path}?${params}`);
    },
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    // Typing in the search box keeps the last list on screen instead of flashing "Loading".
    placeholderData: keepPreviousData,
  });
}
