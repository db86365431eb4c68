import type { AuditEvent, AuditKind } from "../../../../contract/audit.ts";

/** The kind filter's choices, in the words the list uses. */
export const activityKindLabels: Record<AuditKind, string> = {
  sign_in: "Sign-ins",
  identity_linked: "Accounts linked",
  identity_unlinked: "Accounts unlinked",
  password_changed: "Password changes",
  circle_invite_accepted: "People joining your circle",
  circle_member_revoked: "Circle access removed",
  circle_viewed: "Circle views",
  circle_replied: "Circle replies",
};

/** "password" → "your password"; "oidc:work" → the provider's name when known. */
export function describeMethod(method: string | null, providerNames: Map<string, string>): string {
  if (!method || method === "password") return "your password";
  const slug = method.startsWith("oidc:") ? method.slice(5) : method;
  return providerNames.get(slug) ?? slug;
}

/** One readable line per entry: what happened, and who did it when it was someone else. */
export function describeActivity(event: AuditEvent, providerNames: Map<string, string>): string {
  const who = event.actor.isMe ? "You" : event.actor.name || "Someone";
  const what = event.detail ? `“${event.detail}”` : "something you shared";
  switch (event.kind) {
    case "sign_in":
      return `Signed in with ${describeMethod(event.method, providerNames)}`;
    case "identity_linked":
      return `Linked ${describeMethod(event.method, providerNames)}`;
    case "identity_unlinked":
      return `Unlinked ${describeMethod(event.method, providerNames)}`;
    case "password_changed":
      return "Password changed";
    case "circle_invite_accepted":
      return `${who} joined your circle`;
    case "circle_member_revoked":
      // The server's detail already reads as a sentence ("Removed Sam from the circle").
      return event.actor.isMe ? event.detail || "You removed a member from your circle" : `${who} left your circle`;
    case "circle_viewed":
      return `${who} viewed ${what}`;
    case "circle_replied":
      return `${who} replied to ${what}`;
  }
}
