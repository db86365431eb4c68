import { PageTabs } from "../../../ui/PageTabs.tsx";

const tabs = [
  { to: "/insights", label: "Direction", end: true },
  { to: "/insights/funnel", label: "Funnel & pace", end: false },
] as const;

/** The two Insights pages, as tabs above each page's heading. */
export function InsightsTabs() {
  return <PageTabs label="Insights" tabs={tabs} />;
}
