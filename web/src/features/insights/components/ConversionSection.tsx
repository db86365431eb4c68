import type { Funnel } from "../../../../../contract/insights.ts";
import { formatRate, isSmallSample, progressStageLabels } from "../insights-format.ts";
import { HorizontalBarChart } from "./HorizontalBarChart.tsx";
import { InsightsSection, NumbersTable } from "./InsightsSection.tsx";

/** The share that moved on from each stage to the next. */
export function ConversionSection({ funnel }: { funnel: Funnel }) {
  const steps = funnel.conversions.map((row) => ({
    ...row,
    label: `${progressStageLabels[row.from]} → ${progressStageLabels[row.to]}`,
  }));
  return (
    <InsightsSection
      title="Moving on from each stage"
      note={<p>Of the applications that reached a stage, the share that went on to reach the next one.</p>}
      chart={
        <HorizontalBarChart
          max={1}
          labelWidth={168}
          data={steps.map((step) => ({ label: step.label, value: step.rate ?? 0, valueLabel: formatRate(step.rate) }))}
        />
      }
      numbers={
        <NumbersTable caption="Conversion between consecutive stages">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Moved on</th>
              <th scope="col">Rate</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.to}>
                <th scope="row">{step.label}</th>
                <td>
                  {step.toCount} of {step.fromCount}
                </td>
                <td>
                  {formatRate(step.rate)}
                  {isSmallSample(step.fromCount) ? <span className="insights-small"> small sample</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </NumbersTable>
      }
    />
  );
}
