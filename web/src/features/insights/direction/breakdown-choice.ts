import { useSearchParams } from "react-router";
import {
  type DirectionDimension,
  type DirectionMetric,
  directionDimensions,
  directionMetrics,
} from "../../../../../contract/direction.ts";

export interface BreakdownChoice {
  metric: DirectionMetric;
  dimension: DirectionDimension;
}

const isMetric = (value: string | null): value is DirectionMetric =>
  directionMetrics.some((metric) => metric === value);
const isDimension = (value: string | null): value is DirectionDimension =>
  directionDimensions.some((dimension) => dimension === value);

/**
 * Which rating and grouping the breakdown shows, kept in the URL (?metric=…&by=…) like the funnel's
 * filters, so a reload or a shared link shows the same view. Energy by role family by default.
 */
export function useBreakdownChoice(): [BreakdownChoice, (next: Partial<BreakdownChoice>) => void] {
  const [params, setParams] = useSearchParams();
  const metric = params.get("metric");
  const by = params.get("by");
  const choice: BreakdownChoice = {
    metric: isMetric(metric) ? metric : "energy",
    dimension: isDimension(by) ? by : "roleFamily",
  };
  const change = (next: Partial<BreakdownChoice>) => {
    // From the address bar as it is now, not as of the last render (react-router's updater gets
    // the latter): a second quick switch must not undo the first before the page has caught up.
    const updated = new URLSearchParams(window.location.search);
    if (next.metric === "energy") updated.delete("metric");
    else if (next.metric) updated.set("metric", next.metric);
    if (next.dimension === "roleFamily") updated.delete("by");
    else if (next.dimension) updated.set("by", next.dimension);
    // A switch, not a new page: Back should leave Insights, not step through every choice.
    setParams(updated, { replace: true, preventScrollReset: true });
  };
  return [choice, change];
}
