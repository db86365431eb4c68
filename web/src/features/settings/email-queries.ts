import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  OutboxList,
  OutboxMessage,
  SmtpAccountResponse,
  SmtpSettingsRequest,
} from "../../../../contract/outbox.ts";
import { api } from "../../lib/api.ts";

export const smtpAccountKey = ["email", "smtp"] as const;
const outboxKey = ["email", "outbox"] as const;

/** A message still on its way: worth looking again soon. */
export const inFlight = (message: Pick<OutboxMessage, "status">) =>
  message.status === "queued" || message.status === "sending";

/** The saved SMTP account (never its password), or null when none is set up. */
export function useSmtpAccount() {
  return useQuery({
    queryKey: smtpAccountKey,
    queryFn: () => api.get<SmtpAccountResponse>("/api/me/smtp"),
    select: ({ account }) => account,
  });
}

/** Saves the account; the answer (without the password) replaces what the cache holds. */
export function useSaveSmtpAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SmtpSettingsRequest) => api.put<SmtpAccountResponse>("/api/me/smtp", body),
    onSuccess: (saved) => queryClient.setQueryData(smtpAccountKey, saved),
  });
}

/** Removes the account and its saved password. */
export function useRemoveSmtpAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete("/api/me/smtp"),
    onSuccess: () => queryClient.setQueryData(smtpAccountKey, { account: null }),
  });
}

/** Queues a test email to the person's own address; answers the queued message. */
export function useSendTestEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<OutboxMessage>("/api/me/smtp/test"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}

/** One message, looked at every second while it is on its way (the test email's status). */
export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: [...outboxKey, "message", id],
    queryFn: () => api.get<OutboxMessage>(`/api/outbox/${encodeURIComponent(id ?? "")}`),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !inFlight(query.state.data) ? false : 1_000),
  });
}

const pageSize = 20;

/** The outbox, newest first, a page at a time; refreshed every few seconds while mail is on its way. */
export function useOutbox() {
  return useInfiniteQuery({
    queryKey: [...outboxKey, "list"],
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (pageParam) params.set("cursor", pageParam);
      return api.get<OutboxList>(`/api/outbox?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some(inFlight)) ? 3_000 : false),
  });
}

/** Retry (failed → queued) or cancel (queued or failed → cancelled) one message. */
export function useOutboxAction(action: "retry" | "cancel") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<OutboxMessage>(`/api/outbox/${encodeURIComponent(id)}/${action}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKey }),
  });
}
