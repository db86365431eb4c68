import { NavLink } from "react-router";

const tabs = [
  { to: "/insights", label: "Direction", end: true },
  { to: "/insights/funnel", label: "Funnel & pace", end: false },
] as const;

/**
 * The two Insights pages, as tabs above each page's heading. They are links (NavLink marks the
 * open one with aria-current="page"), not ARIA tabs: each is its own URL, so Back and a shared
 * link work.
 */
export function InsightsTabs() {
  return (
    <nav aria-label="Insights" className="insights-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end={tab.end}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
