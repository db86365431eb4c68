import { Link, useParams } from "react-router";
import { stageLabels } from "../../../../contract/applications.ts";
import { formatDate } from "../../lib/format-date.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { usePipelineSummary } from "./shared-queries.ts";
import "./circle.css";

/** /circle/seekers/:seekerId/pipeline — a coach's view of how someone's search is going, in numbers. */
export function PipelineSummaryPage() {
  const { seekerId = "" } = useParams();
  const summary = usePipelineSummary(seekerId);

  if (summary.isPending || summary.isError) {
    return (
      <RecordUnavailable
        error={summary.error}
        title="Pipeline summary"
        loadingText="Loading…"
        notFoundTitle="Not available"
        notFoundText="This summary is only for coaches the person has allowed to see it."
        back={{ to: "/circle", label: "Go to your circle" }}
      />
    );
  }

  const { seeker, stageCounts, appliedThisWeek, appliedLast4Weeks, upcomingInterviews, activeApplications } =
    summary.data;
  const counted = stageCounts.filter((row) => row.count > 0);
  return (
    <div className="page page-narrow circle-page">
      <p className="breadcrumb">
        <Link to="/circle">Shared with me</Link>
      </p>
      <PageTitle>{`${seeker.name}'s pipeline`}</PageTitle>
      <p className="lead">A summary {seeker.name} lets you see as their coach: counts and dates, no notes.</p>
      <section className="card" aria-labelledby="pace">
        <h2 id="pace">Pace</h2>
        <dl className="summary-figures">
          <div>
            <dt>Applied this week</dt>
            <dd>{appliedThisWeek}</dd>
          </div>
          <div>
            <dt>Applied in the last 4 weeks</dt>
            <dd>{appliedLast4Weeks}</dd>
          </div>
          <div>
            <dt>Interviews coming up</dt>
            <dd>{upcomingInterviews.count}</dd>
          </div>
        </dl>
        {upcomingInterviews.dates.length > 0 ? (
          <ul className="plain-dates">
            {upcomingInterviews.dates.map((date) => (
              <li key={date}>{formatDate(date)}</li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="card" aria-labelledby="stages">
        <h2 id="stages">By stage</h2>
        {counted.length === 0 ? <p>No applications yet.</p> : null}
        <ul className="tag-list">
          {counted.map((row) => (
            <li key={row.stage}>
              {stageLabels[row.stage]}: {row.count}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="active">
        <h2 id="active">Open applications</h2>
        {activeApplications.length === 0 ? <p>None open right now.</p> : null}
        <ul className="item-list">
          {activeApplications.map((application, index) => (
            // Role and company can repeat; the list never changes order while shown.
            // biome-ignore lint/suspicious/noArrayIndexKey: no id is shared with coaches
            <li key={index} className="item">
              <div className="item-main">
                <p className="item-title">
                  {application.companyName
                    ? `${application.roleTitle} at ${application.companyName}`
                    : application.roleTitle}
                </p>
                <p className="item-meta">{stageLabels[application.stage]}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
