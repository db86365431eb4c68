import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { energyScale, engagementScale } from "../../../../../contract/debrief-ratings.ts";
import { signed } from "../debrief-format.ts";

export interface ArcPoint {
  /** Unique per interview (two interviews can share a day). */
  key: string;
  /** The tick under the point: a short date. */
  tick: string;
  energy: number | null;
  engagement: number | null;
}

const chartText = { fill: "var(--color-text)", fontSize: 13 };
const energyTicks = [-3, -2, -1, 0, 1, 2, 3];
const engagementTicks = [1, 2, 3, 4, 5];

/** A square, so engagement differs from energy's circles by shape as well as colour and dash. */
function SquareDot(props: { cx?: number; cy?: number; value?: unknown; index?: number }) {
  const { cx, cy, value, index } = props;
  if (cx === undefined || cy === undefined || value === null || value === undefined) return <g key={index} />;
  return <rect key={index} x={cx - 4.5} y={cy - 4.5} width={9} height={9} className="arc-engagement-dot" />;
}

/**
 * Energy (left axis, −3…+3, solid line, circles) and engagement (right axis, 1–5, dashed line,
 * squares) after each debriefed interview, in time order. Loaded on demand with the charting
 * library; the list beside it carries the same numbers for screen readers.
 */
export function ArcChart({ points }: { points: ArcPoint[] }) {
  return (
    <LineChart
      className="arc-svg"
      data={points}
      responsive
      style={{ width: "100%", height: 210 }}
      margin={{ top: 10, right: 4, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--color-border)" />
      <XAxis
        dataKey="key"
        tickFormatter={(key: string) => points.find((point) => point.key === key)?.tick ?? ""}
        tickLine={false}
        minTickGap={8}
        padding={{ left: 16, right: 16 }}
        tick={chartText}
        stroke="var(--color-border-strong)"
      />
      <YAxis
        yAxisId="energy"
        domain={[energyScale.min, energyScale.max]}
        ticks={energyTicks}
        tickFormatter={signed}
        tickLine={false}
        axisLine={false}
        width={30}
        tick={chartText}
      />
      <YAxis
        yAxisId="engagement"
        orientation="right"
        domain={[engagementScale.min, engagementScale.max]}
        ticks={engagementTicks}
        tickLine={false}
        axisLine={false}
        width={22}
        tick={chartText}
      />
      {/* Engagement first, so energy's circles sit on top where the two meet. */}
      <Line
        yAxisId="engagement"
        dataKey="engagement"
        className="arc-engagement"
        stroke="var(--color-text-muted)"
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={<SquareDot />}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        yAxisId="energy"
        dataKey="energy"
        className="arc-energy"
        stroke="var(--color-accent)"
        strokeWidth={2.5}
        dot={{ r: 5, fill: "var(--color-accent)", stroke: "var(--color-surface)", strokeWidth: 1.5 }}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}
