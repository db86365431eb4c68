import { type ReactNode, useId } from "react";

interface InsightsSectionProps {
  title: string;
  /** One or two sentences on what is counted, in plain words. */
  note: ReactNode;
  chart: ReactNode;
  /** The same numbers as text: a table or list beside (on phones, below) the chart. */
  numbers: ReactNode;
}

/** A card with a chart and its numbers side by side. The chart is decoration; the numbers are the content. */
export function InsightsSection({ title, note, chart, numbers }: InsightsSectionProps) {
  const id = useId();
  return (
    <section className="card insights-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="insights-note">{note}</div>
      <div className="insights-split">
        <div className="insights-chart" aria-hidden="true">
          {chart}
        </div>
        <div className="insights-numbers">{numbers}</div>
      </div>
    </section>
  );
}

/**
 * A table of the chart's numbers. A long one (`scroll`) gets a fixed height and scrolls; then
 * it must be reachable by keyboard, so it is a named, focusable region.
 */
export function NumbersTable({
  caption,
  scroll = false,
  children,
}: {
  caption: string;
  scroll?: boolean;
  children: ReactNode;
}) {
  const table = (
    <table className="insights-table">
      <caption className="visually-hidden">{caption}</caption>
      {children}
    </table>
  );
  if (!scroll) return table;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="insights-table-scroll" aria-label={`${caption} (table)`} tabIndex={0}>
      {table}
    </section>
  );
}
