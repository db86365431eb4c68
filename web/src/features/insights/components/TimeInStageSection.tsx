import type { Funnel } from "../../../../../contract/insights.ts";
import { formatDays, isSmallSample, progressStageLabels } from "../insights-format.ts";
import { HorizontalBarChart } from "./HorizontalBarChart.tsx";
import { InsightsSection, NumbersTable } from "./InsightsSection.tsx";

/** The typical (median) time an application spent in each stage before it moved. */
export function TimeInStageSection({ funnel }: { funnel: Funnel }) {
  return (
    <InsightsSection
      title="Time in each stage"
      note={
        <p>
          The median time from entering a stage to the next change. Applications still in a stage have not finished
          their time there yet, so they are counted apart and left out of the median.
        </p>
      }
      chart={
        <HorizontalBarChart
          data={funnel.timeInStage.map((row) => ({
            label: progressStageLabels[row.stage],
            value: row.medianDays ?? 0,
            valueLabel: row.medianDays === null ? "" : formatDays(row.medianDays),
          }))}
        />
      }
      numbers={
        <NumbersTable caption="Median time in each stage">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Median</th>
              <th scope="col">Moved on</th>
              <th scope="col">Still there</th>
            </tr>
          </thead>
          <tbody>
            {funnel.timeInStage.map((row) => (
              <tr key={row.stage}>
                <th scope="row">{progressStageLabels[row.stage]}</th>
                <td>
                  {formatDays(row.medianDays)}
                  {isSmallSample(row.finishedStays) ? <span className="insights-small"> small sample</span> : null}
                </td>
                <td>{row.finishedStays}</td>
                <td>{row.openStays}</td>
              </tr>
            ))}
          </tbody>
        </NumbersTable>
      }
    />
  );
}
