import { useQuery } from "@tanstack/react-query";
import type {
  Company,
  CompanyDetail,
  CompanyList,
  CreateCompanyRequest,
  UpdateCompanyRequest,
} from "../../../../contract/companies.ts";
import { api } from "../../lib/api.ts";
import {
  pipelineKey,
  useDeletePipelineRecord,
  usePipelineMutation,
  usePipelineSearchList,
} from "../pipeline/pipeline-query-hooks.ts";

/** Companies are part of the pipeline: every write refreshes every pipeline view (names on cards). */
const listKey = [...pipelineKey, "company-list"] as const;
const detailKey = (id: string) => [...pipelineKey, "company", id] as const;
const path = (id: string) => `/api/companies/${encodeURIComponent(id)}`;

/** GET /api/companies, 50 at a time by name; `q` matches the name. */
export function useCompanyList(q: string) {
  return usePipelineSearchList<CompanyList>(listKey, "/api/companies", q);
}

/** GET /api/companies/:id — the company, its applications in brief and its contacts. */
export function useCompanyDetail(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api.get<CompanyDetail>(path(id)) });
}

export function useCreateCompany() {
  return usePipelineMutation((body: CreateCompanyRequest) => api.post<Company>("/api/companies", body));
}

export function useUpdateCompany(id: string) {
  return usePipelineMutation((body: UpdateCompanyRequest) => api.patch<Company>(path(id), body));
}

export function useDeleteCompany(id: string) {
  return useDeletePipelineRecord(path(id), detailKey(id));
}
