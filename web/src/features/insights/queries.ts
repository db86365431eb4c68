import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Funnel } from "../../../../contract/insights.ts";
import { api } from "../../lib/api.ts";

export interface FunnelFilters {
  from?: string;
  to?: string;
  roleFamilyId?: string;
}

/**
 * GET /api/insights/funnel. The key sits under "pipeline" so that every pipeline write (which
 * invalidates that prefix) refreshes the insights too.
 */
export function useFunnel(filters: FunnelFilters) {
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.roleFamilyId) params.set("roleFamilyId", filters.roleFamilyId);
  const query = params.toString();
  return useQuery({
    queryKey: ["pipeline", "insights", "funnel", query],
    queryFn: () => api.get<Funnel>(`/api/insights/funnel${query ? `?${query}` : ""}`),
    // Keep the last answer on screen while a new period loads, so the page does not jump.
    placeholderData: keepPreviousData,
  });
}
