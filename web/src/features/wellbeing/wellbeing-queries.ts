import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Activity,
  ActivityLog,
  BalanceWeek,
  CheckIn,
  ComparisonList,
  CreateActivityLogRequest,
  CreateJobSearchTimeRequest,
  JobSearchTime,
  SaveCheckInRequest,
  UpdateActivityRequest,
} from "../../../../contract/wellbeing.ts";
import { api } from "../../lib/api.ts";

const wellbeingKey = ["wellbeing"] as const;
const checkInsKey = [...wellbeingKey, "check-ins"] as const;
const comparisonsKey = [...wellbeingKey, "comparisons"] as const;
const activitiesKey = [...wellbeingKey, "activities"] as const;
const logsKey = (from: string, to: string) => [...wellbeingKey, "logs", from, to] as const;
const weekKey = (weekStart: string) => [...wellbeingKey, "week", weekStart] as const;
const manualKey = (from: string, to: string) => [...wellbeingKey, "manual", from, to] as const;

/** Today in the user's own time zone, YYYY-MM-DD. */
export function localDay(date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The browser's IANA time zone, sent with the week so the server counts the app's own records
 * (stored as UTC instants) on the same local days as check-ins and logs.
 */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

const weekParams = (weekStart: string) => `weekStart=${weekStart}&timeZone=${encodeURIComponent(localTimeZone())}`;

/** Adds whole days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week holding a day. */
export function mondayOf(day: string): string {
  const offset = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -offset);
}

export function useCheckIns(from: string, to: string) {
  return useQuery({
    queryKey: [...checkInsKey, from, to],
    queryFn: async () => (await api.get<{ items: CheckIn[] }>(`/api/check-ins?from=${from}&to=${to}`)).items,
  });
}

export function useSaveCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ day, body }: { day: string; body: SaveCheckInRequest }) =>
      api.put<CheckIn>(`/api/check-ins/${day}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useDeleteCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (day: string) => api.delete(`/api/check-ins/${day}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useComparisons() {
  return useQuery({
    queryKey: comparisonsKey,
    queryFn: () =>
      api.get<ComparisonList>(`/api/check-ins/comparisons?timeZone=${encodeURIComponent(localTimeZone())}`),
  });
}

export function useActivities() {
  return useQuery({
    queryKey: activitiesKey,
    queryFn: async () => (await api.get<{ items: Activity[] }>("/api/activities")).items,
  });
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<Activity>("/api/activities", { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useUpdateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateActivityRequest }) =>
      api.patch<Activity>(`/api/activities/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/activities/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useActivityLogs(from: string, to: string) {
  return useQuery({
    queryKey: logsKey(from, to),
    queryFn: async () => (await api.get<{ items: ActivityLog[] }>(`/api/activity-logs?from=${from}&to=${to}`)).items,
  });
}

export function useLogActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateActivityLogRequest) => api.post<ActivityLog>("/api/activity-logs", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useDeleteLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/activity-logs/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useJobSearchTime(from: string, to: string) {
  return useQuery({
    queryKey: manualKey(from, to),
    queryFn: async () =>
      (await api.get<{ items: JobSearchTime[] }>(`/api/job-search-time?from=${from}&to=${to}`)).items,
  });
}

export function useAddJobSearchTime() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJobSearchTimeRequest) => api.post<JobSearchTime>("/api/job-search-time", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useDeleteJobSearchTime() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/job-search-time/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useBalanceWeek(weekStart: string) {
  return useQuery({
    queryKey: weekKey(weekStart),
    queryFn: () => api.get<BalanceWeek>(`/api/balance/week?${weekParams(weekStart)}`),
  });
}

export function useDismissWeek() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weekStart: string) => api.post<BalanceWeek>(`/api/balance/week/dismiss?${weekParams(weekStart)}`),
    onSuccess: (week) => queryClient.setQueryData(weekKey(week.weekStart), week),
  });
}
