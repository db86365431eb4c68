import type { Generated } from "kysely";
import type { ActionItemStatus } from "../../../../contract/growth.ts";

/** The soft landing offered after a rejection: one per application, every answer optional. */
export interface SoftLandingsTable {
  id: string;
  user_id: string;
  application_id: string;
  /** A quick check, 1 (low) … 5 (okay). */
  feeling: number | null;
  /** A few words of my own about how I feel. */
  feeling_words: Generated<string>;
  /** What this process taught me about what I want. */
  what_i_learned: Generated<string>;
  /** One thing for myself this week (often an if-then plan). */
  plan_for_me: Generated<string>;
  dismissed_at: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One private "write it out" session (expressive writing). */
export interface WritingSessionsTable {
  id: string;
  user_id: string;
  application_id: string | null;
  body: Generated<string>;
  /** The gentle timer's length; null when written without one. */
  minutes: number | null;
  created_at: string;
  updated_at: string;
}

/** One step of the growth plan. */
export interface ActionItemsTable {
  id: string;
  user_id: string;
  title: string;
  notes: Generated<string>;
  status: Generated<ActionItemStatus>;
  target_date: string | null;
  feedback_item_id: string | null;
  /** Where it paid off (set when done). */
  application_id: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
}
