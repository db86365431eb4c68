import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarFeedStatus, CreatedCalendarFeed } from "../../../../contract/calendar.ts";
import { api } from "../../lib/api.ts";

export const calendarFeedKey = ["calendar-feed"] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: () => api.get<CalendarFeedStatus>("/api/calendar/feed"),
  });
}

/** Turns the feed on or replaces its link; the link in the answer is the only copy there will be. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CreatedCalendarFeed>("/api/calendar/feed"),
    onSuccess: (created) => queryClient.setQueryData<CalendarFeedStatus>(calendarFeedKey, { feed: created.feed }),
  });
}

export function useTurnOffCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete("/api/calendar/feed"),
    onSuccess: () => queryClient.setQueryData<CalendarFeedStatus>(calendarFeedKey, { feed: null }),
  });
}
