/** One entry in a user's own audit log (sign-ins, circle views and replies). */
export interface AuditEventsTable {
  id: string;
  /** Whose log the entry belongs to. */
  user_id: string;
  /** Who did it; null when unknown (a failed sign-in). */
  actor_user_id: string | null;
  /** The actor's display name when it happened, so the log reads well after they leave. */
  actor_name: string;
  kind: string;
  /** For sign-ins: 'password' or 'oidc:<provider slug>'. */
  method: string | null;
  ip: string | null;
  subject_type: string | null;
  subject_id: string | null;
  /** A short readable label ("Debrief: Hiring manager at Fernleaf"). */
  detail: string;
  created_at: string;
}
