import { useSearchParams } from "react-router";
import { smallSampleSize } from "../../../../contract/insights.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { useCurrentUser } from "../auth/queries.ts";
import { ConversionSection } from "./components/ConversionSection.tsx";
import { EmptyInsights } from "./components/EmptyInsights.tsx";
import { FunnelSection } from "./components/FunnelSection.tsx";
import { InsightsFilters } from "./components/InsightsFilters.tsx";
import { InsightsTabs } from "./components/InsightsTabs.tsx";
import { ResponseBySourceSection } from "./components/ResponseBySourceSection.tsx";
import { TimeInStageSection } from "./components/TimeInStageSection.tsx";
import { TotalsSummary } from "./components/TotalsSummary.tsx";
import { WeeklySection } from "./components/WeeklySection.tsx";
import { type Period, periodRange, readPeriod } from "./insights-period.ts";
import { useFunnel } from "./queries.ts";
import "./insights.css";

/**
 * /insights/funnel: funnel and pace, computed from every stage change. The filters live in the URL,
 * so a reload or a shared link shows the same selection.
 */
export function FunnelPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const period = readPeriod(params.get("period"));
  const knownFamily = user.roleFamilies.some((family) => family.id === params.get("family"));
  const roleFamilyId = knownFamily ? (params.get("family") ?? "") : "";
  const funnel = useFunnel({ ...periodRange(period), ...(roleFamilyId ? { roleFamilyId } : {}) });

  const change = (next: { period?: Period; roleFamilyId?: string }) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        const nextPeriod = next.period ?? period;
        const nextFamily = next.roleFamilyId ?? roleFamilyId;
        if (nextPeriod === "all") updated.delete("period");
        else updated.set("period", nextPeriod);
        if (nextFamily) updated.set("family", nextFamily);
        else updated.delete("family");
        return updated;
      },
      { preventScrollReset: true },
    );
  };

  const data = funnel.data;
  const filtered = period !== "all" || roleFamilyId !== "";
  // Filters over nothing at all would only be noise; once there is something, they stay.
  const showFilters = filtered || !data || data.totals.applications > 0;
  return (
    <div className="page insights-page">
      <InsightsTabs />
      <PageTitle documentTitle="Funnel & pace · Insights">Funnel & pace</PageTitle>
      <p className="lead">
        How your search is moving, worked out from every stage change you've recorded. Numbers, not verdicts: use them
        to decide where to put your energy next.
      </p>
      {showFilters ? (
        <InsightsFilters
          period={period}
          roleFamilyId={roleFamilyId}
          roleFamilies={user.roleFamilies}
          onChange={change}
        />
      ) : null}
      <div className="status-message" aria-live="polite">
        {funnel.isFetching && data ? <p>Updating…</p> : null}
      </div>
      {funnel.isPending ? <p>Loading your insights…</p> : null}
      {funnel.isError ? <FormAlert message={funnel.error.message} /> : null}
      {data && data.totals.applications === 0 ? <EmptyInsights filtered={filtered} /> : null}
      {data && data.totals.applications > 0 ? (
        <>
          <TotalsSummary totals={data.totals} />
          <FunnelSection funnel={data} />
          <ConversionSection funnel={data} />
          <TimeInStageSection funnel={data} />
          <ResponseBySourceSection funnel={data} />
          <WeeklySection funnel={data} />
          <details className="card insights-rules">
            <summary>How these numbers are counted</summary>
            <ul>
              <li>
                Stages run wishlist → applied → screening → interviewing → offer → accepted. Reaching a stage means
                having been there or anywhere further. Rejected, withdrawn and ghosted are endings, counted apart.
              </li>
              <li>
                A period picks applications by the day they were sent (the applied date, or the first move to applied or
                further); ones never sent count by the day they were added.
              </li>
              <li>
                Time in a stage runs from entering it to the next change. Applications still in a stage are left out of
                its median and shown as “still there”.
              </li>
              <li>A share or median based on fewer than {smallSampleSize} applications is marked as a small sample.</li>
            </ul>
          </details>
        </>
      ) : null}
    </div>
  );
}
