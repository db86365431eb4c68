import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Contact,
  ContactDetail,
  ContactList,
  CreateContactRequest,
  UpdateContactRequest,
} from "../../../../contract/contacts.ts";
import { api } from "../../lib/api.ts";

/** Contacts are part of the pipeline: every write refreshes every pipeline view. */
const pipelineKey = ["pipeline"] as const;
const listKey = ["pipeline", "contact-list"] as const;
const detailKey = (id: string) => ["pipeline", "contact", id] as const;
const path = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;
const pageSize = 50;

/** GET /api/contacts, 50 at a time by name; `q` matches name, email or role title. */
export function useContactList(q: string) {
  return useInfiniteQuery({
    queryKey: [...listKey, { q }],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (q) params.set("q", q);
      if (pageParam) params.set("cursor", pageParam);
      return api.get<ContactList>(`/api/contacts?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** GET /api/contacts/:id — the contact with its linked applications and interviews. */
export function useContactDetail(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api.get<ContactDetail>(path(id)) });
}

function usePipelineMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKey }) });
}

export function useCreateContact() {
  return usePipelineMutation((body: CreateContactRequest) => api.post<Contact>("/api/contacts", body));
}

export function useUpdateContact(id: string) {
  return usePipelineMutation((body: UpdateContactRequest) => api.patch<Contact>(path(id), body));
}

export function useDeleteContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete(path(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: detailKey(id) });
      return queryClient.invalidateQueries({ queryKey: pipelineKey });
    },
  });
}
