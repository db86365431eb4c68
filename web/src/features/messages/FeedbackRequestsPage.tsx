import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import type { FeedbackRequestList, FeedbackResponseRate } from "../../../../contract/feedback.ts";
import { api } from "../../lib/api.ts";
import { formatDate } from "../../lib/format-date.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { pipelineKey } from "../pipeline/pipeline-query-hooks.ts";
import { maxFollowUps } from "./compose-limits.ts";
import "./messages.css";

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)}%`);

/**
 * /messages/feedback-requests — every feedback request: sent, followed up, answered and after how
 * many days, with a way to follow up; and the person's own response rate beside the published one.
 */
export function FeedbackRequestsPage() {
  const requests = useQuery({
    queryKey: [...pipelineKey, "feedback-requests"],
    queryFn: () => api.get<FeedbackRequestList>("/api/feedback/requests"),
  });
  const rate = useQuery({
    queryKey: [...pipelineKey, "feedback-response-rate"],
    queryFn: () => api.get<FeedbackResponseRate>("/api/feedback/response-rate"),
  });
  return (
    <div className="page">
      <PageTitle documentTitle="Feedback requests">Feedback requests</PageTitle>
      <p className="lead">
        Silence is normal: most candidates never hear back. This is here to keep count honestly, not to keep score.
      </p>
      {rate.data ? (
        <section className="card" aria-labelledby="response-rate">
          <h2 id="response-rate">Your response rate</h2>
          <p>
            {rate.data.overall.answered} of {rate.data.overall.asked} answered ({percent(rate.data.overall.rate)}
            {rate.data.overall.asked < 10 ? ", a small sample" : ""}). Published benchmark:{" "}
            {rate.data.benchmark.description}
          </p>
          {rate.data.byMonth.length ? (
            <ul className="link-list">
              {rate.data.byMonth.map((month) => (
                <li key={month.month}>
                  {month.month}: {month.answered} of {month.asked} ({percent(month.rate)})
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="request-list">
        <h2 id="request-list">Requests</h2>
        {requests.isError ? <FormAlert message={requests.error.message} /> : null}
        {requests.data && requests.data.items.length === 0 ? (
          <p className="quiet-text">No feedback requests yet. Ask from an application after a decision.</p>
        ) : null}
        {requests.data?.items.length ? (
          <div className="table-scroll">
            <table className="response-table">
              <thead>
                <tr>
                  <th scope="col">Application</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Followed up</th>
                  <th scope="col">Answered</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {requests.data.items.map((request) => (
                  <tr key={request.id}>
                    <td>
                      <Link to={`/applications/${encodeURIComponent(request.applicationId)}`}>
                        {request.roleTitle}
                        {request.companyName ? ` at ${request.companyName}` : ""}
                      </Link>
                      {request.contactName ? <div className="field-hint">to {request.contactName}</div> : null}
                    </td>
                    <td>{request.sentAt ? formatDate(request.sentAt) : "Not sent"}</td>
                    <td>{request.followUpCount ? `${request.followUpCount}×` : "–"}</td>
                    <td>
                      {request.answeredAt
                        ? `${request.answeredVia === "link" ? "By link" : "Marked by hand"}, after ${request.daysToAnswer} day${request.daysToAnswer === 1 ? "" : "s"}`
                        : "Not yet"}
                    </td>
                    <td>
                      {!request.answeredAt && request.sentAt && request.followUpCount < maxFollowUps ? (
                        <Link
                          to={`/applications/${encodeURIComponent(request.applicationId)}/compose?kind=follow_up&feedbackRequestId=${encodeURIComponent(request.id)}${request.contactId ? `&contactId=${encodeURIComponent(request.contactId)}` : ""}`}
                        >
                          Follow up
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
