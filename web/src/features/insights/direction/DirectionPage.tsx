import { PageTitle } from "../../../ui/PageTitle.tsx";
import { RetryAlert } from "../../../ui/RetryAlert.tsx";
import { InsightsTabs } from "../components/InsightsTabs.tsx";
import { BreakdownSection } from "./BreakdownSection.tsx";
import { CalibrationSection } from "./CalibrationSection.tsx";
import { DirectionFindings } from "./DirectionFindings.tsx";
import { DirectionMethod } from "./DirectionMethod.tsx";
import { useDirectionInsights } from "./direction-queries.ts";
import { NoDebriefsYet } from "./NoDebriefsYet.tsx";
import { TrendSection } from "./TrendSection.tsx";
import "../insights.css";
import "./direction.css";

/**
 * /insights: what the debriefs say about direction — which kinds of interviews leave the person
 * energized or flat, how their read of an interview compares with what happened, and how it moves
 * over time. Findings first, in words; the charts and tables after, for whoever wants the detail.
 */
export function DirectionPage() {
  const insights = useDirectionInsights();
  const data = insights.data;
  return (
    <div className="page insights-page">
      <InsightsTabs />
      <PageTitle documentTitle="Direction · Insights">Direction</PageTitle>
      <p className="lead">
        What your debriefs say about the kinds of roles and interviews that suit you. Patterns to learn from, not
        scores: every number shows how many debriefs it rests on.
      </p>
      {insights.isPending ? <p>Loading your insights…</p> : null}
      {insights.isError ? (
        <RetryAlert
          message={`Your insights couldn't be loaded: ${insights.error.message}`}
          onRetry={() => insights.refetch()}
        />
      ) : null}
      {data && data.debriefCount === 0 ? <NoDebriefsYet /> : null}
      {data && data.debriefCount > 0 ? (
        <>
          <DirectionFindings insights={data} />
          <BreakdownSection insights={data} />
          <CalibrationSection calibration={data.calibration} />
          <TrendSection trend={data.trend} overall={data.overall} />
          <DirectionMethod method={data.method} />
        </>
      ) : null}
    </div>
  );
}
