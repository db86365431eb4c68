import type { InviteInfo } from "../../../../contract/admin.ts";

export type InviteStatus = "used" | "expired" | "open";

/** Used beats expired: an invite used before it ran out did its job. */
export function inviteStatus(invite: InviteInfo, now = Date.now()): InviteStatus {
  if (invite.usedAt) return "used";
  if (Date.parse(invite.expiresAt) <= now) return "expired";
  return "open";
}

export const inviteStatusLabels: Record<InviteStatus, string> = { used: "Used", expired: "Expired", open: "Open" };
