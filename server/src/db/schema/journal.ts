import type { Generated } from "kysely";

/** One private thought record (full 7-column or quick); JSON columns hold text. */
export interface ThoughtRecordsTable {
  id: string;
  user_id: string;
  /** full | quick */
  mode: Generated<string>;
  situation: Generated<string>;
  /** JSON: [{ name, before, after }] */
  moods: Generated<string>;
  /** JSON: [{ text, hot }] */
  automatic_thoughts: Generated<string>;
  evidence_for: Generated<string>;
  evidence_against: Generated<string>;
  balanced_thought: Generated<string>;
  balanced_belief: number | null;
  /** JSON: confirmed thinking-trap keys */
  thinking_traps: Generated<string>;
  /** JSON: suggested thinking-trap keys the user set aside ("Not this one") */
  dismissed_traps: Generated<string>;
  reframe: Generated<string>;
  application_id: string | null;
  interview_id: string | null;
  created_at: string;
  updated_at: string;
}
