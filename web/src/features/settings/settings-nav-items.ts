/** The settings sections. A new section adds one line here and one route in app/router.tsx. */
export interface SettingsNavItem {
  to: string;
  label: string;
  end?: boolean;
  /** Shown only to the owner of the server. */
  ownerOnly?: boolean;
}

export const settingsNavItems: readonly SettingsNavItem[] = [
  { to: "/settings", label: "Profile", end: true },
  { to: "/settings/pipeline", label: "Pipeline" },
  { to: "/settings/email", label: "Email" },
  { to: "/settings/message-templates", label: "Message templates" },
  { to: "/settings/password", label: "Password" },
  { to: "/settings/sign-in-methods", label: "Sign-in methods" },
  { to: "/settings/sessions", label: "Sessions" },
  { to: "/settings/activity", label: "Activity" },
  { to: "/settings/calendar", label: "Calendar feed" },
  { to: "/settings/tokens", label: "Access tokens" },
  { to: "/settings/server", label: "Sign-ups and sign-in", ownerOnly: true },
];
