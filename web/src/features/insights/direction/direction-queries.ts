import { useQuery } from "@tanstack/react-query";
import type { DirectionInsights } from "../../../../../contract/direction.ts";
import { api } from "../../../lib/api.ts";

/**
 * GET /api/insights/direction. The key sits under "pipeline": every pipeline write, debriefs
 * included, invalidates that prefix, so a new debrief shows here without a reload.
 */
export function useDirectionInsights() {
  return useQuery({
    queryKey: ["pipeline", "insights", "direction"],
    queryFn: () => api.get<DirectionInsights>("/api/insights/direction"),
  });
}
