import type { Funnel } from "../../../../../contract/insights.ts";
import { formatRate } from "../insights-format.ts";

/** The period at a glance: four numbers, each with what it counts. */
export function TotalsSummary({ totals }: { totals: Funnel["totals"] }) {
  const items = [
    { label: "Applications", value: String(totals.applications), detail: `${totals.inProgress} in progress now` },
    { label: "Sent", value: String(totals.applied), detail: "reached applied" },
    {
      label: "Replies",
      value: String(totals.replied),
      detail: totals.applied ? `${formatRate(totals.responseRate)} of ${totals.applied} sent` : "none sent yet",
    },
    { label: "Offers", value: String(totals.offers), detail: `${totals.accepted} accepted` },
  ];
  return (
    <dl className="insights-totals">
      {items.map((item) => (
        <div key={item.label} className="insights-total">
          <dt>{item.label}</dt>
          <dd>
            <span className="insights-total-value">{item.value}</span>
            <span className="insights-total-detail">{item.detail}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
