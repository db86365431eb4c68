import { stageLabels } from "../../../../../contract/applications.ts";
import type { Funnel } from "../../../../../contract/insights.ts";
import { formatRate, progressStageLabels } from "../insights-format.ts";
import { HorizontalBarChart } from "./HorizontalBarChart.tsx";
import { InsightsSection, NumbersTable } from "./InsightsSection.tsx";

/** How many applications got as far as each stage, and where the others ended. */
export function FunnelSection({ funnel }: { funnel: Funnel }) {
  const total = funnel.totals.applications;
  const data = funnel.stages.map((row) => ({
    label: progressStageLabels[row.stage],
    value: row.reached,
    valueLabel: String(row.reached),
  }));
  const exits = funnel.exits.filter((exit) => exit.count > 0);
  return (
    <InsightsSection
      title="How far applications got"
      note={
        <p>
          An application counts for a stage once it has been there or anywhere further, even if it skipped a step or
          moved back later.
        </p>
      }
      chart={<HorizontalBarChart data={data} max={total} />}
      numbers={
        <>
          <NumbersTable caption="Applications that reached each stage">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Reached</th>
                <th scope="col">Of all</th>
              </tr>
            </thead>
            <tbody>
              {funnel.stages.map((row) => (
                <tr key={row.stage}>
                  <th scope="row">{progressStageLabels[row.stage]}</th>
                  <td>{row.reached}</td>
                  <td>{formatRate(total ? row.reached / total : null)}</td>
                </tr>
              ))}
            </tbody>
          </NumbersTable>
          <p className="insights-exits">
            {exits.length
              ? `Ended along the way: ${exits.map((exit) => `${stageLabels[exit.stage]} ${exit.count}`).join(" · ")}.`
              : "None has been rejected, withdrawn or ghosted."}
          </p>
        </>
      }
    />
  );
}
