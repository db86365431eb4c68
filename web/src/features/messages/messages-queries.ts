import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  MessageKind,
  MessagePreview,
  MessagePreviewRequest,
  MessageTemplate,
  MessageTemplateList,
  SaveMessageTemplateRequest,
  SendMessageRequest,
  SentMessage,
} from "../../../../contract/messages.ts";
import { api } from "../../lib/api.ts";
import { pipelineKey } from "../pipeline/pipeline-query-hooks.ts";

const templatesKey = ["message-templates"] as const;

/** The person's templates (built-in unless edited) and the placeholders they may use. */
export function useMessageTemplates() {
  return useQuery({ queryKey: templatesKey, queryFn: () => api.get<MessageTemplateList>("/api/message-templates") });
}

/** Saves one template's wording, or (with null) goes back to the built-in text. */
export function useSaveMessageTemplate(kind: MessageKind) {
  const queryClient = useQueryClient();
  const path = `/api/message-templates/${encodeURIComponent(kind)}`;
  return useMutation({
    mutationFn: (body: SaveMessageTemplateRequest | null) =>
      body ? api.put<MessageTemplate>(path, body) : api.delete<MessageTemplate>(path),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: templatesKey });
      return queryClient.invalidateQueries({ queryKey: [...pipelineKey, "message-preview"] });
    },
  });
}

/**
 * The message as its template fills in for these choices. Under the pipeline key: it reads
 * the application, so it refreshes with it; the last preview stays shown while the next loads.
 */
export function useMessagePreview(request: MessagePreviewRequest) {
  return useQuery({
    queryKey: [...pipelineKey, "message-preview", request],
    queryFn: () => api.post<MessagePreview>("/api/messages/preview", request),
    placeholderData: keepPreviousData,
  });
}

/** Queues the final text; the application's timeline gains the message. */
export function useSendMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendMessageRequest) => api.post<SentMessage>("/api/messages/send", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKey }),
  });
}

/** A private feedback link made without sending (to copy into a message written elsewhere). */
export function useCreateFeedbackLink() {
  return useMutation({
    mutationFn: (body: { applicationId: string; contactId?: string; interviewId?: string }) =>
      api.post<{ request: { id: string }; url: string }>("/api/feedback/requests", body),
  });
}

/** "I've sent it": a request sent from the person's own mail app counts in their tracking too. */
export function useMarkFeedbackRequestSent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) =>
      api.post<{ sentAt: string | null }>(`/api/feedback/requests/${requestId}/sent`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKey }),
  });
}
