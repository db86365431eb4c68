import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { type Calibration, calibrationOutcomes } from "../../../../../contract/direction.ts";
import { chartText } from "../components/HorizontalBarChart.tsx";
import { outcomeFill } from "./calibration-patterns.tsx";

/**
 * One column per "how I thought it went" rating (1–5), stacked by what happened next. Fills are
 * patterns (see calibration-patterns.tsx); every segment has an outline so that light ones stay
 * visible. Decoration: the table below has the same counts.
 */
export function CalibrationChart({ rows }: { rows: Calibration["rows"] }) {
  return (
    <BarChart
      className="insights-svg"
      data={rows}
      responsive
      style={{ width: "100%", height: 240 }}
      margin={{ top: 8, right: 8, bottom: 12, left: -16 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="var(--color-border)" />
      <XAxis
        dataKey="rating"
        tickLine={false}
        tick={chartText}
        stroke="var(--color-border-strong)"
        label={{ value: "How I thought it went (1–5)", position: "insideBottom", offset: -2, ...chartText }}
        height={44}
      />
      <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={40} tick={chartText} />
      {calibrationOutcomes.map((outcome) => (
        <Bar
          key={outcome}
          dataKey={outcome}
          stackId="outcome"
          fill={outcomeFill[outcome]}
          stroke="var(--color-border-strong)"
          strokeWidth={1}
          isAnimationActive={false}
          maxBarSize={56}
        />
      ))}
    </BarChart>
  );
}
