import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CreateEvidenceRequest,
  CreateStrengthRequest,
  CreateWinRequest,
  Reminder,
  Strength,
  UpdateStrengthRequest,
  UpdateWinRequest,
  Win,
} from "../../../../contract/strengths.ts";
import { api } from "../../lib/api.ts";

export const strengthsKey = ["strengths"] as const;
const winsKey = [...strengthsKey, "wins"] as const;

export function useStrengths() {
  return useQuery({
    queryKey: [...strengthsKey, "list"],
    queryFn: async () => (await api.get<{ items: Strength[] }>("/api/strengths")).items,
  });
}

export function useWins() {
  return useQuery({
    queryKey: winsKey,
    queryFn: async () => (await api.get<{ items: Win[]; nextCursor: string | null }>("/api/wins?limit=100")).items,
  });
}

/** The reminder for the caller's local day (stable all day). */
export function useReminder(day: string, enabled = true) {
  return useQuery({
    queryKey: [...strengthsKey, "reminder", day],
    queryFn: () => api.get<Reminder>(`/api/strengths/reminder?day=${encodeURIComponent(day)}`),
    enabled,
  });
}

function useStrengthsMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: strengthsKey }) });
}

export const useCreateStrength = () =>
  useStrengthsMutation((body: CreateStrengthRequest) => api.post<Strength>("/api/strengths", body));
export const useUpdateStrength = () =>
  useStrengthsMutation((input: { id: string; body: UpdateStrengthRequest }) =>
    api.patch<Strength>(`/api/strengths/${encodeURIComponent(input.id)}`, input.body),
  );
export const useDeleteStrength = () =>
  useStrengthsMutation((id: string) => api.delete(`/api/strengths/${encodeURIComponent(id)}`));
export const useAddEvidence = () =>
  useStrengthsMutation((input: { strengthId: string; body: CreateEvidenceRequest }) =>
    api.post(`/api/strengths/${encodeURIComponent(input.strengthId)}/evidence`, input.body),
  );
export const useDeleteEvidence = () =>
  useStrengthsMutation((id: string) => api.delete(`/api/strength-evidence/${encodeURIComponent(id)}`));
export const useCreateWin = () => useStrengthsMutation((body: CreateWinRequest) => api.post<Win>("/api/wins", body));
export const useUpdateWin = () =>
  useStrengthsMutation((input: { id: string; body: UpdateWinRequest }) =>
    api.patch<Win>(`/api/wins/${encodeURIComponent(input.id)}`, input.body),
  );
export const useDeleteWin = () =>
  useStrengthsMutation((id: string) => api.delete(`/api/wins/${encodeURIComponent(id)}`));

/** Today's date in the browser's time zone, YYYY-MM-DD. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
