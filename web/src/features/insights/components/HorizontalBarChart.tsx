import { Bar, BarChart, LabelList, XAxis, YAxis } from "recharts";

export interface BarDatum {
  label: string;
  value: number;
  /** What the bar's end says, e.g. "60%"; empty for no label. (Not "display": it would land on the SVG.) */
  valueLabel: string;
}

interface HorizontalBarChartProps {
  data: BarDatum[];
  /** The value of a full-width bar (e.g. 1 for shares); the largest value when left out. */
  max?: number;
  /** Room for the category names on the left, in pixels. */
  labelWidth?: number;
}

const rowHeight = 34;
/** Recharts writes fills as inline styles, which CSS cannot override: the theme goes in through variables. */
export const chartText = { fill: "var(--color-text)", fontSize: 13 };

/**
 * One row per category with its number at the end of the bar. Drawn for sighted readers only:
 * the same numbers are in the table beside it, so the SVG is hidden from screen readers and
 * kept out of the tab order (no accessibility layer).
 */
export function HorizontalBarChart({ data, max, labelWidth = 104 }: HorizontalBarChartProps) {
  return (
    <BarChart
      className="insights-svg"
      layout="vertical"
      data={data}
      responsive
      style={{ width: "100%", height: data.length * rowHeight + 8 }}
      margin={{ top: 4, right: 72, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <XAxis type="number" hide domain={[0, max ?? "dataMax"]} />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        tickLine={false}
        axisLine={false}
        interval={0}
        tick={chartText}
      />
      <Bar dataKey="value" className="insights-bar" isAnimationActive={false} barSize={18} radius={[0, 3, 3, 0]}>
        <LabelList dataKey="valueLabel" position="right" fill={chartText.fill} fontSize={chartText.fontSize} />
      </Bar>
    </BarChart>
  );
}
