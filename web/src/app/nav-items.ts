/** The primary navigation. New sections of the app add one line here. */
export interface NavItem {
  to: string;
  label: string;
  /** Only highlight on an exact match (for "/", which every path starts with). */
  end?: boolean;
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
  { to: "/settings", label: "Settings" },
];
