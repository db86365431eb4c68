/** Who is making a request, as every service sees it. */
export interface Actor {
  userId: string;
  role: "owner" | "member";
  /** How the request proved who it is. */
  via: "session" | "token";
  /** The session's id when via is "session" (used to keep it on password change, mark it current). */
  sessionId: string | null;
  /**
   * The user's pipeline revision as read with the session or token (no extra query). Read-model
   * caches key on it; absent when the actor was made outside a request (CLI, tests).
   */
  pipelineRevision?: number;
}
