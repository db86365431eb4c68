import { Bar, Cell, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from "recharts";
import type { DirectionGroup, DirectionMetric } from "../../../../../contract/direction.ts";
import { chartText } from "../components/HorizontalBarChart.tsx";
import { countDebriefs, formatRating, metricInfo } from "./direction-format.ts";

/** The chart (and the table, until "Show all") shows the largest groups; the rest are mostly single interviews. */
export const chartedGroups = 12;
const rowHeight = 46;
const labelWidth = 128;
/** Longer names are cut with "…" (the table has them whole): 13 px text in 128 px of room. */
const longestName = 14;

interface ChartRow {
  name: string;
  detail: string;
  estimate: number;
  interval: [number, number];
  tooFew: boolean;
}

interface BreakdownChartProps {
  groups: DirectionGroup[];
  metric: DirectionMetric;
  average: number | null;
}

/**
 * Each group on its own row: a dot at its estimate, a bar across its interval, and a dashed line
 * at the person's average, on the metric's whole scale. Small groups get a hollow dot and say
 * "too few" under their name, so the difference never rests on colour. Decoration for sighted
 * readers: the table carries the same numbers.
 */
export function BreakdownChart({ groups, metric, average }: BreakdownChartProps) {
  const { min, max } = metricInfo[metric];
  const rows: ChartRow[] = groups.slice(0, chartedGroups).flatMap((group) => {
    const summary = group[metric];
    if (summary.estimate === null) return [];
    return [
      {
        name: group.label.length > longestName ? `${group.label.slice(0, longestName - 1)}…` : group.label,
        detail: summary.tooFew ? `${summary.n} · too few` : countDebriefs(summary.n),
        estimate: summary.estimate,
        interval: [summary.low ?? summary.estimate, summary.high ?? summary.estimate],
        tooFew: summary.tooFew,
      },
    ];
  });
  if (!rows.length) return null;
  const ticks = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  return (
    <ComposedChart
      className="insights-svg direction-breakdown-chart"
      layout="vertical"
      data={rows}
      responsive
      style={{ width: "100%", height: rows.length * rowHeight + 40 }}
      margin={{ top: 22, right: 16, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <XAxis
        type="number"
        domain={[min, max]}
        ticks={ticks}
        tickFormatter={(value: number) => formatRating(metric, value).replace(/\.0$/, "")}
        tick={chartText}
        tickLine={false}
        stroke="var(--color-border-strong)"
      />
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth}
        tickLine={false}
        axisLine={false}
        interval={0}
        tick={(props: Omit<TickProps, "rows">) => <GroupTick {...props} rows={rows} />}
      />
      {average === null ? null : (
        <ReferenceLine
          x={average}
          stroke="var(--color-text-muted)"
          strokeDasharray="4 3"
          label={{ value: "your average", position: "top", fill: chartText.fill, fontSize: 12 }}
        />
      )}
      <Bar dataKey="interval" barSize={8} isAnimationActive={false} radius={4}>
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are the groups in their fixed order; names may repeat once shortened
          <Cell key={index} className={row.tooFew ? "direction-interval is-too-few" : "direction-interval"} />
        ))}
      </Bar>
      <Line dataKey="estimate" stroke="none" isAnimationActive={false} activeDot={false} dot={EstimateDot} />
    </ComposedChart>
  );
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  rows: ChartRow[];
}

/** The group's name, and under it how many debriefs it holds ("too few" in words for small groups). */
function GroupTick({ x, y, index, rows }: TickProps) {
  const row = rows[index ?? -1];
  if (!row) return <g />;
  const left = Number(x ?? 0);
  return (
    <text x={left} y={Number(y ?? 0)} textAnchor="end" fill={chartText.fill} fontSize={chartText.fontSize}>
      <tspan x={left} dy="-0.25em">
        {row.name}
      </tspan>
      <tspan x={left} dy="1.2em" fill="var(--color-text-muted)" fontSize={12}>
        {row.detail}
      </tspan>
    </text>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: ChartRow;
}

/** Filled for a group with enough debriefs, hollow for one with too few. */
function EstimateDot({ cx, cy, index, payload }: DotProps) {
  if (cx === undefined || cy === undefined) return <g key={`dot-${index}`} />;
  return (
    <circle
      key={`dot-${index}`}
      cx={cx}
      cy={cy}
      r={6}
      strokeWidth={2}
      className={payload?.tooFew ? "direction-dot is-too-few" : "direction-dot"}
    />
  );
}
