import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from "recharts";
import type { DirectionInsights, DirectionMetric } from "../../../../../contract/direction.ts";
import { chartText } from "../components/HorizontalBarChart.tsx";
import { formatWeek } from "../insights-format.ts";
import { formatRating, metricInfo } from "./direction-format.ts";

interface TrendChartProps {
  trend: DirectionInsights["trend"];
  metric: DirectionMetric;
  /** The overall mean, drawn as a dashed line. */
  average: number | null;
}

const meanKey = { energy: "energyMean", engagement: "engagementMean" } as const;

/** One metric's weekly mean on its whole scale; weeks without that rating leave a gap. */
export function TrendChart({ trend, metric, average }: TrendChartProps) {
  const { min, max } = metricInfo[metric];
  const spansYears = trend.length > 0 && trend[0]?.weekStart.slice(0, 4) !== trend.at(-1)?.weekStart.slice(0, 4);
  const data = trend.map((week) => ({ label: formatWeek(week.weekStart, spansYears), value: week[meanKey[metric]] }));
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <LineChart
      className="insights-svg"
      data={data}
      responsive
      style={{ width: "100%", height: 180 }}
      margin={{ top: 8, right: 12, bottom: 4, left: -12 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--color-border)" />
      <XAxis dataKey="label" tickLine={false} minTickGap={16} tick={chartText} stroke="var(--color-border-strong)" />
      <YAxis
        domain={[min, max]}
        ticks={ticks}
        tickFormatter={(value: number) => formatRating(metric, value).replace(/\.0$/, "")}
        tickLine={false}
        axisLine={false}
        width={40}
        tick={chartText}
      />
      {average === null ? null : <ReferenceLine y={average} stroke="var(--color-text-muted)" strokeDasharray="4 3" />}
      <Line
        dataKey="value"
        className="direction-trend-line"
        stroke="var(--color-accent)"
        strokeWidth={2}
        dot={{ r: 4, fill: "var(--color-accent)", strokeWidth: 0 }}
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}
