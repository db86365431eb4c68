import {
  type DirectionInsights,
  type DirectionMetric,
  directionDimensionLabels,
  directionDimensions,
} from "../../../../../contract/direction.ts";
import { SegmentedChoice } from "../../../ui/SegmentedChoice.tsx";
import { SelectField } from "../../../ui/SelectField.tsx";
import { BreakdownChart } from "./BreakdownChart.tsx";
import { BreakdownTable } from "./BreakdownTable.tsx";
import { useBreakdownChoice } from "./breakdown-choice.ts";
import { formatRating, metricInfo } from "./direction-format.ts";

const metricOptions = (["energy", "engagement"] as const).map((metric) => ({
  value: metric,
  label: metricInfo[metric].label,
}));

/** Energy or engagement, group by group, for one way of grouping: a chart of estimates and their table. */
export function BreakdownSection({ insights }: { insights: DirectionInsights }) {
  const [choice, change] = useBreakdownChoice();
  const { metric, dimension } = choice;
  const breakdown = insights.breakdowns.find((candidate) => candidate.dimension === dimension);
  const groups = breakdown?.groups ?? [];
  const average = insights.overall[metric].mean;
  const dimensionLabel = directionDimensionLabels[dimension].toLowerCase();
  return (
    <section className="card insights-section" aria-labelledby="direction-breakdown">
      <h2 id="direction-breakdown">Energy and engagement, group by group</h2>
      <div className="insights-note">
        <p>
          {metricInfo[metric].label} runs from {metricInfo[metric].scale}. Each dot is a group’s estimate, the bar
          around it the range it most likely lies in (95% interval), and the dashed line your average (
          {formatRating(metric, average)}). A hollow dot means too few debriefs to say.
        </p>
      </div>
      <form className="insights-filters" aria-label="Breakdown" onSubmit={(event) => event.preventDefault()}>
        <SegmentedChoice<DirectionMetric>
          legend="Rating"
          name="direction-metric"
          value={metric}
          options={metricOptions}
          onChange={(next) => change({ metric: next })}
        />
        <SelectField
          label="Group by"
          name="direction-dimension"
          value={dimension}
          onChange={(event) => change({ dimension: event.currentTarget.value as typeof dimension })}
        >
          {directionDimensions.map((option) => (
            <option key={option} value={option}>
              {directionDimensionLabels[option]}
            </option>
          ))}
        </SelectField>
      </form>
      {groups.length ? (
        <div className="direction-breakdown">
          <div className="insights-chart" aria-hidden="true">
            <BreakdownChart groups={groups} metric={metric} average={average} />
          </div>
          <BreakdownTable
            key={dimension}
            groups={groups}
            metric={metric}
            dimensionLabel={directionDimensionLabels[dimension]}
          />
        </div>
      ) : (
        <p>No debriefed interview has a {dimensionLabel} recorded yet.</p>
      )}
    </section>
  );
}
