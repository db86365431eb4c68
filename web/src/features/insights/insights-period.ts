import type { FunnelFilters } from "./queries.ts";

export const periods = [
  { value: "all", label: "All time" },
  { value: "4w", label: "Last 4 weeks" },
  { value: "3m", label: "Last 3 months" },
  { value: "12m", label: "Last 12 months" },
] as const;
export type Period = (typeof periods)[number]["value"];

export function readPeriod(value: string | null): Period {
  return periods.some((period) => period.value === value) ? (value as Period) : "all";
}

/** A local calendar day as YYYY-MM-DD (the person's own today, not UTC's). */
function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The dates a period stands for, ending today; "all" has none. */
export function periodRange(period: Period, today = new Date()): Pick<FunnelFilters, "from" | "to"> {
  if (period === "all") return {};
  const start = new Date(today);
  if (period === "4w") start.setDate(start.getDate() - 27);
  else start.setMonth(start.getMonth() - (period === "3m" ? 3 : 12));
  return { from: localDay(start), to: localDay(today) };
}
