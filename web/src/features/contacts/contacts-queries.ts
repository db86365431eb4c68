import { useQuery } from "@tanstack/react-query";
import type {
  Contact,
  ContactDetail,
  ContactList,
  CreateContactRequest,
  UpdateContactRequest,
} from "../../../../contract/contacts.ts";
import { api } from "../../lib/api.ts";
import {
  pipelineKey,
  useDeletePipelineRecord,
  usePipelineMutation,
  usePipelineSearchList,
} from "../pipeline/pipeline-query-hooks.ts";

/** Contacts are part of the pipeline: every write refreshes every pipeline view. */
const listKey = [...pipelineKey, "contact-list"] as const;
const detailKey = (id: string) => [...pipelineKey, "contact", id] as const;
const path = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

/** GET /api/contacts, 50 at a time by name; `q` matches name, email or role title. */
export function useContactList(q: string) {
  return usePipelineSearchList<ContactList>(listKey, "/api/contacts", q);
}

/** GET /api/contacts/:id — the contact with its linked applications and interviews. */
export function useContactDetail(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: () => api.get<ContactDetail>(path(id)) });
}

export function useCreateContact() {
  return usePipelineMutation((body: CreateContactRequest) => api.post<Contact>("/api/contacts", body));
}

export function useUpdateContact(id: string) {
  return usePipelineMutation((body: UpdateContactRequest) => api.patch<Contact>(path(id), body));
}

export function useDeleteContact(id: string) {
  return useDeletePipelineRecord(path(id), detailKey(id));
}
