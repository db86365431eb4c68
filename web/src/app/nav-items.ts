import type { ComponentType } from "react";
import { CircleNavIndicator } from "../features/circle/CircleNavIndicator.tsx";

/** The primary navigation. New sections of the app add one line here. */
export interface NavItem {
  to: string;
  label: string;
  /** Only highlight on an exact match (for "/", which every path starts with). */
  end?: boolean;
  /** A quiet mark beside the label (e.g. unread circle replies); renders nothing when there is none. */
  indicator?: ComponentType;
}

export const navItems: readonly NavItem[] = [
  { to: "/", label: "Today", end: true },
  { to: "/board", label: "Board" },
  { to: "/applications", label: "Applications" },
  { to: "/companies", label: "Companies" },
  { to: "/contacts", label: "Contacts" },
  { to: "/feedback", label: "Feedback" },
  { to: "/insights", label: "Insights" },
  { to: "/growth", label: "Growth" },
  { to: "/journal", label: "Journal" },
  { to: "/circle", label: "Circle", indicator: CircleNavIndicator },
  { to: "/settings", label: "Settings" },
];
