import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Company,
  CompanyDetail,
  CompanyList,
  CreateCompanyRequest,
  UpdateCompanyRequest,
} from "../../../../contract/companies.ts";
import { api } from "../../lib/api.ts";

/** Companies are part of the pipeline: every write refreshes every pipeline view (names on cards). */
const pipelineKey = ["pipeline"] as const;
const listKey = ["pipeline", "company-list"] as const;
const detailKey = (id: string) => ["pipeline", "company", id] as const;
const path = (id: string) => `/api/companies/${encodeURIComponent(id)}`;
const pageSize = 50;

/** GET /api/companies, 50 at a time by name; `q` matches the name. */
export function useCompanyList(q: string) {
  return useInfiniteQuery({
    queryKey: [...listKey, { q }],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return api.get<CompanyList>(`/api/companies?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Typing in the search box keeps the last list on screen instead of flashing "Loading".
    placeholderData: keepPreviousData,
  });
}

/** GET /api/companies/:id — the company, its applications in brief and its contacts. */
export function useCompanyDetail(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api.get<CompanyDetail>(path(id)) });
}

function usePipelineMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKey }) });
}

export function useCreateCompany() {
  return usePipelineMutation((body: CreateCompanyRequest) => api.post<Company>("/api/companies", body));
}

export function useUpdateCompany(id: string) {
  return usePipelineMutation((body: UpdateCompanyRequest) => api.patch<Company>(path(id), body));
}

export function useDeleteCompany(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(path(id)),
    onSuccess: () => {
      // The page is leaving; don't refetch a company that no longer exists.
      queryClient.removeQueries({ queryKey: detailKey(id) });
      return queryClient.invalidateQueries({ queryKey: pipelineKey });
    },
  });
}

/** Up to 200 companies by name, for choosing a contact's company. */
export function useCompanyChoices() {
  return useQuery({
    queryKey: ["pipeline", "company-choices"],
    queryFn: () => api.get<CompanyList>("/api/companies?limit=200"),
    select: (list) => list.items,
  });
}
