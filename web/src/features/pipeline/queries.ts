import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Application,
  ApplicationList,
  ApplicationStage,
  CreateApplicationRequest,
} from "../../../../contract/applications.ts";
import type { companyList } from "../../../../contract/companies.ts";
import type { Board } from "../../../../contract/pipeline.ts";
import { api } from "../../lib/api.ts";
import { findCard, moveCardOnBoard } from "./board-cache.ts";
import { type ApplicationFilters, type BoardFilters, filterParams } from "./list-filters.ts";
import { pipelineKey, usePipelineMutation } from "./pipeline-query-hooks.ts";

export type CompanyList = z.infer<typeof companyList>;

const boardRoot = ["pipeline", "board"] as const;
const moveKey = ["pipeline", "move-stage"] as const;

const pageSize = 50;

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** GET /api/board: the nine columns with their counts and cards. */
export function useBoard(filters: BoardFilters) {
  return useQuery({
    queryKey: [...boardRoot, filters],
    queryFn: () => api.get<Board>(withQuery("/api/board", filterParams(filters))),
    // Typing in the search box keeps the last board on screen instead of flashing "Loading".
    placeholderData: keepPreviousData,
  });
}

/** GET /api/applications, one page of 50 at a time, sorted and filtered on the server. */
export function useApplicationList(filters: ApplicationFilters) {
  return useInfiniteQuery({
    queryKey: ["pipeline", "applications", filters],
    queryFn: ({ pageParam }) => {
      const params = filterParams(filters);
      // The table always says what it is sorted by, even when that is the default.
      params.set("sort", filters.sort);
      params.set("order", filters.order);
      params.set("limit", String(pageSize));
      if (pageParam) params.set("cursor", pageParam);
      return api.get<ApplicationList>(withQuery("/api/applications", params));
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The person's companies, for the company filter and the quick-add suggestions. */
export function useCompanies(q = "", enabled = true) {
  return useQuery({
    queryKey: ["pipeline", "companies", q],
    queryFn: () => {
      const params = new URLSearchParams({ limit: "200" });
      if (q.trim()) params.set("q", q.trim());
      return api.get<CompanyList>(`/api/companies?${params}`);
    },
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The tags the person has used, for the tag filters. */
export function useTags() {
  return useQuery({
    queryKey: ["pipeline", "tags"],
    queryFn: () => api.get<{ tags: string[] }>("/api/tags"),
  });
}

export function useCreateApplication() {
  return usePipelineMutation((body: CreateApplicationRequest) => api.post<Application>("/api/applications", body));
}

export interface MoveStageInput {
  id: string;
  stage: ApplicationStage;
}

/**
 * POST /api/applications/:id/stage, shown at once on every cached board and put back if the
 * server refuses. Only the last of several quick moves refetches, so an early answer cannot
 * briefly undo a later move.
 */
export function useMoveStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: moveKey,
    mutationFn: ({ id, stage }: MoveStageInput) => api.post<Application>(`/api/applications/${id}/stage`, { stage }),
    onMutate: async ({ id, stage }) => {
      await queryClient.cancelQueries({ queryKey: boardRoot });
      const boards = queryClient.getQueriesData<Board>({ queryKey: boardRoot });
      const fromStage = boards.map(([, board]) => board && findCard(board, id)?.stage).find(Boolean) ?? null;
      const now = new Date().toISOString();
      queryClient.setQueriesData<Board>(
        { queryKey: boardRoot },
        (board) => board && moveCardOnBoard(board, id, stage, now),
      );
      return { fromStage };
    },
    onError: (_error, { id }, context) => {
      // Moving the card back (rather than restoring a snapshot) keeps any other move made meanwhile.
      const fromStage = context?.fromStage;
      if (!fromStage) return;
      const now = new Date().toISOString();
      queryClient.setQueriesData<Board>(
        { queryKey: boardRoot },
        (board) => board && moveCardOnBoard(board, id, fromStage, now),
      );
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey: moveKey }) <= 1) {
        return queryClient.invalidateQueries({ queryKey: pipelineKey });
      }
    },
  });
}
