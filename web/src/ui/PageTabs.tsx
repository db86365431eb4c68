import { NavLink } from "react-router";
import "./page-tabs.css";

export interface PageTab {
  to: string;
  label: string;
  /** Only marked open on an exact match (for the section's first page). */
  end: boolean;
}

/**
 * Sibling pages as tabs above each page's heading. They are links (NavLink marks the open one
 * with aria-current="page"), not ARIA tabs: each is its own URL, so Back and a shared link work.
 */
export function PageTabs({ label, tabs }: { label: string; tabs: readonly PageTab[] }) {
  return (
    <nav aria-label={label} className="page-tabs">
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
