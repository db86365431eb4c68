import type { Generated } from "kysely";
import type { CircleNotificationKind, CircleRole, ShareAudience, ShareItemType } from "../../../../contract/circle.ts";

/** An invite into a seeker's circle; only the token's hash is kept. */
export interface CircleInvitesTable {
  id: string;
  /** The seeker who invited. */
  user_id: string;
  email: string;
  role: CircleRole;
  can_see_pipeline: Generated<number>;
  message: Generated<string>;
  token_hash: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by_user_id: string | null;
  withdrawn_at: string | null;
  /** The account this invite let register in invite-only mode (at most one). */
  registered_user_id: string | null;
}

/** A member of a seeker's circle; revoked_at set means no access at all. */
export interface CircleMembersTable {
  id: string;
  user_id: string;
  member_user_id: string;
  role: CircleRole;
  can_see_pipeline: Generated<number>;
  joined_at: string;
  revoked_at: string | null;
  invite_id: string | null;
}

/** A post written for the circle ("what I learned from this one"). */
export interface CirclePostsTable {
  id: string;
  user_id: string;
  title: string;
  body: Generated<string>;
  application_id: string | null;
  created_at: string;
  updated_at: string;
}

/** One shared item; the item itself is read live from its own table. */
export interface CircleSharesTable {
  id: string;
  user_id: string;
  item_type: ShareItemType;
  item_id: string | null;
  audience: ShareAudience;
  note: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** The members chosen for a share whose audience is 'chosen'. */
export interface CircleShareMembersTable {
  share_id: string;
  member_id: string;
}

export interface CircleRepliesTable {
  id: string;
  share_id: string;
  seeker_user_id: string;
  author_user_id: string;
  parent_id: string | null;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

export interface CircleNotificationsTable {
  id: string;
  user_id: string;
  kind: CircleNotificationKind;
  share_id: string | null;
  reply_id: string | null;
  actor_user_id: string;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}

export interface CircleSettingsTable {
  user_id: string;
  digest_email: Generated<number>;
}
