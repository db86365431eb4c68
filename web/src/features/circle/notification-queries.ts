import { useQuery } from "@tanstack/react-query";
import type { NotificationList } from "../../../../contract/circle.ts";
import { api } from "../../lib/api.ts";
import { circleKey, useCircleMutation } from "./circle-queries.ts";

const notificationsKey = [...circleKey, "notifications"] as const;

/**
 * The seeker's circle notifications (replies, members who joined). Checked again every few
 * minutes and when the tab comes back into view: calm enough for a dot in the navigation.
 */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api.get<NotificationList>("/api/notifications"),
    refetchInterval: 120_000,
    refetchOnWindowFocus: true,
  });
}

/** Marks the given notifications read (all of them when no ids are given). */
export const useMarkNotificationsRead = () =>
  useCircleMutation((ids?: string[]) => api.post("/api/notifications/read", ids ? { ids } : {}));
