import { useQuery } from "@tanstack/react-query";
import type {
  Application,
  ApplicationNote,
  MoveStageRequest,
  UpdateApplicationRequest,
} from "../../../../contract/applications.ts";
import type { Contact } from "../../../../contract/contacts.ts";
import type { ApplicationDetail } from "../../../../contract/pipeline.ts";
import type { CreateTaskRequest, Task, UpdateTaskRequest } from "../../../../contract/tasks.ts";
import { api } from "../../lib/api.ts";
import { pipelineKey, useDeletePipelineRecord, usePipelineMutation } from "../pipeline/pipeline-query-hooks.ts";

const path = (id: string) => `/api/applications/${encodeURIComponent(id)}`;

/** GET /api/applications/:id — the application with its interviews, tasks, contacts, notes and timeline. */
export function useApplicationDetail(id: string) {
  return useQuery({
    queryKey: [...pipelineKey, "application", id],
    queryFn: () => api.get<ApplicationDetail>(path(id)),
  });
}

export function useUpdateApplication(id: string) {
  return usePipelineMutation((body: UpdateApplicationRequest) => api.patch<Application>(path(id), body));
}

export function useMoveStage(id: string) {
  return usePipelineMutation((body: MoveStageRequest) => api.post<Application>(`${path(id)}/stage`, body));
}

export function useDeleteApplication(id: string) {
  return useDeletePipelineRecord(path(id), [...pipelineKey, "application", id]);
}

export function useAddNote(applicationId: string) {
  return usePipelineMutation((body: string) => api.post<ApplicationNote>(`${path(applicationId)}/notes`, { body }));
}

export function useUpdateNote() {
  return usePipelineMutation(({ id, body }: { id: string; body: string }) =>
    api.patch<ApplicationNote>(`/api/application-notes/${encodeURIComponent(id)}`, { body }),
  );
}

export function useDeleteNote() {
  return usePipelineMutation((id: string) => api.delete(`/api/application-notes/${encodeURIComponent(id)}`));
}

export function useCreateTask() {
  return usePipelineMutation((body: CreateTaskRequest) => api.post<Task>("/api/tasks", body));
}

export function useUpdateTask() {
  return usePipelineMutation(({ id, ...body }: UpdateTaskRequest & { id: string }) =>
    api.patch<Task>(`/api/tasks/${encodeURIComponent(id)}`, body),
  );
}

export function useDeleteTask() {
  return usePipelineMutation((id: string) => api.delete(`/api/tasks/${encodeURIComponent(id)}`));
}

/** GET /api/tags: the person's tags, offered as suggestions. */
export function useTags() {
  return useQuery({
    queryKey: [...pipelineKey, "tags"],
    queryFn: () => api.get<{ tags: string[] }>("/api/tags"),
    select: ({ tags }) => tags,
  });
}

/** GET /api/contacts?q= — contacts matching what was typed (empty: the first page). */
export function useContactSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: [...pipelineKey, "contacts", { q }],
    queryFn: () =>
      api.get<{ items: Contact[]; nextCursor: string | null }>(
        `/api/contacts?${new URLSearchParams({ q, limit: "8" }).toString()}`,
      ),
    select: ({ items }) => items,
    enabled,
    placeholderData: (previous) => previous,
  });
}
