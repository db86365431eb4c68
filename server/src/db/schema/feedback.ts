/** Feedback requests (private link), entries from any channel, themes and items. */
export interface FeedbackRequestsTable {
  id: string;
  user_id: string;
  application_id: string;
  contact_id: string | null;
  interview_id: string | null;
  /** sha256 of the link's token; the token itself is never stored. */
  token_hash: string;
  expires_at: string;
  outbox_message_id: string | null;
  sent_at: string | null;
  followed_up_at: string | null;
  follow_up_count: number;
  answered_at: string | null;
  answered_via: "link" | "manual" | null;
  created_at: string;
  updated_at: string;
}

export interface FeedbackEntriesTable {
  id: string;
  user_id: string;
  application_id: string | null;
  request_id: string | null;
  source: "link" | "email" | "call" | "other";
  from_name: string;
  from_role: string;
  /** 0 or 1 (both dialects). */
  anonymous: number;
  went_well: string;
  to_change: string;
  advice: string;
  /** JSON list of at most three strings. */
  keep: string;
  change: string;
  body: string;
  received_at: string;
  /** 1 when it arrived by the link and the user has not opened it yet. */
  unread: number;
  edit_key_hash: string | null;
  editable_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface FeedbackThemesTable {
  id: string;
  user_id: string;
  name: string;
  created_at: string;
}

export interface FeedbackItemsTable {
  id: string;
  user_id: string;
  entry_id: string;
  text: string;
  theme_id: string | null;
  position: number;
  created_at: string;
}
