import { useState } from "react";
import { feelingWordLabels } from "../../../../../contract/debrief-ratings.ts";
import type { DirectionGroup, DirectionMetric } from "../../../../../contract/direction.ts";
import { chartedGroups } from "./BreakdownChart.tsx";
import { formatInterval, formatRating, metricInfo } from "./direction-format.ts";

interface BreakdownTableProps {
  groups: DirectionGroup[];
  metric: DirectionMetric;
  dimensionLabel: string;
}

/**
 * Every group with its numbers: n, the raw mean, the estimate and its interval, the feelings named
 * most. The largest groups first, the same ones as the chart; the rest (often single interviews)
 * behind "Show all". On phones each row becomes a small block (labels come from data-label), so
 * nothing scrolls sideways.
 */
export function BreakdownTable({ groups, metric, dimensionLabel }: BreakdownTableProps) {
  const [showAll, setShowAll] = useState(false);
  const label = metricInfo[metric].label;
  const folds = groups.length > chartedGroups;
  const shown = folds && !showAll ? groups.slice(0, chartedGroups) : groups;
  return (
    <div>
      <table className="insights-table direction-table">
        <caption className="visually-hidden">
          {label} by {dimensionLabel.toLowerCase()}
        </caption>
        <thead>
          <tr>
            <th scope="col">{dimensionLabel}</th>
            <th scope="col">Debriefs</th>
            <th scope="col">Mean</th>
            <th scope="col">Estimate</th>
            <th scope="col">95% interval</th>
            <th scope="col" className="direction-feelings-head">
              Felt most
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((group) => {
            const summary = group[metric];
            return (
              <tr key={group.key} data-too-few={summary.tooFew ? "" : undefined}>
                <th scope="row">{group.label}</th>
                <td data-label="Debriefs">{summary.n}</td>
                <td data-label="Mean">{formatRating(metric, summary.mean)}</td>
                <td data-label="Estimate">
                  <span>
                    {summary.n === 0 ? "not rated" : formatRating(metric, summary.estimate)}
                    {summary.tooFew && summary.n > 0 ? <span className="insights-small">too few to say</span> : null}
                  </span>
                </td>
                <td data-label="95% interval" className="direction-interval-cell">
                  {formatInterval(metric, summary.low, summary.high)}
                </td>
                <td data-label="Felt most" className="direction-feelings">
                  {group.topFeelings.length
                    ? group.topFeelings
                        .map((feeling) => `${feelingWordLabels[feeling.word]} (${feeling.count})`)
                        .join(", ")
                    : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {folds ? (
        <button type="button" className="button button-quiet direction-show-all" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the ${chartedGroups} largest` : `Show all ${groups.length} groups`}
        </button>
      ) : null}
    </div>
  );
}
