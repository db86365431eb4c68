import type { Generated } from "kysely";

/** An account. The first one created is the instance owner. */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  /** argon2id hash; null for accounts that only sign in through an identity provider. */
  password_hash: string | null;
  role: "owner" | "member";
  /** Set when the person finished the short onboarding. */
  onboarded_at: string | null;
  /** Weeks without a reply after which an application in "applied" moves to ghosted. */
  ghost_after_weeks: Generated<number>;
  /** Bumped by every pipeline write, in the same transaction: cached read models key on it. */
  pipeline_revision: Generated<number>;
  /** 1 when the person wants one email reminder to debrief a few hours after an interview. */
  debrief_reminder_email: Generated<number>;
  created_at: string;
  updated_at: string;
}
