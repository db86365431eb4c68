import type { CircleInvite, CircleRole } from "../../../../contract/circle.ts";
import type { InviteRow } from "./circle-members.repo.ts";

/** How a person is named to others in a circle: their display name, never their email. */
export function personName(displayName: string): string {
  return displayName.trim() || "Someone in the circle";
}

export function presentInvite(row: InviteRow): CircleInvite {
  return {
    id: row.id,
    email: row.email,
    role: row.role as CircleRole,
    canSeePipeline: Number(row.can_see_pipeline) === 1,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
