import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type {
  CreateThoughtRecordRequest,
  SpiralCheckResponse,
  ThoughtRecord,
  ThoughtRecordList,
} from "../../../../contract/journal.ts";
import { api } from "../../lib/api.ts";

export const thoughtRecordsKey = ["journal", "thought-records"] as const;

export function useThoughtRecords() {
  return useQuery({
    queryKey: thoughtRecordsKey,
    queryFn: () => api.get<ThoughtRecordList>("/api/thought-records?limit=100"),
  });
}

export function useThoughtRecord(id: string) {
  return useQuery({
    queryKey: [...thoughtRecordsKey, id],
    queryFn: () => api.get<ThoughtRecord>(`/api/thought-records/${encodeURIComponent(id)}`),
  });
}

/** POST when new, PATCH when editing; the list refreshes either way. */
export function useSaveThoughtRecord(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateThoughtRecordRequest) =>
      id
        ? api.patch<ThoughtRecord>(`/api/thought-records/${encodeURIComponent(id)}`, body)
        : api.post<ThoughtRecord>("/api/thought-records", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: thoughtRecordsKey }),
  });
}

export function useDeleteThoughtRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/thought-records/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: thoughtRecordsKey }),
  });
}

/** The text after the person pauses typing for `delay` ms. */
function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The spiral check of a thought as it is typed (after a short pause); nothing is stored. */
export function useSpiralCheck(text: string) {
  const settled = useDebounced(text.trim(), 400);
  return useQuery({
    queryKey: ["journal", "spiral-check", settled],
    queryFn: () => api.post<SpiralCheckResponse>("/api/journal/spiral-check", { text: settled }),
    enabled: settled.length > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
