import type { Generated } from "kysely";
import type { FlowAnswer, LearningGoalAnswer } from "../../../../contract/debriefs.ts";

/** How one interview felt, recorded after it. One per interview; every rating optional but one. */
export interface DebriefsTable {
  id: string;
  user_id: string;
  interview_id: string;
  /** −3 (drained) … +3 (energized). */
  energy: number | null;
  /** 1 (bored) … 5 (absorbed). */
  engagement: number | null;
  flow: FlowAnswer | null;
  /** How I think it went, 1 … 5. */
  went_well: number | null;
  /** JSON array of words from the list (contract feelingWords). */
  feelings: Generated<string>;
  /** JSON array of the person's own words. */
  own_feelings: Generated<string>;
  aeiou_activities: Generated<string>;
  aeiou_environment: Generated<string>;
  aeiou_interactions: Generated<string>;
  aeiou_objects: Generated<string>;
  aeiou_users: Generated<string>;
  do_differently: Generated<string>;
  learning_goal_met: LearningGoalAnswer | null;
  /** When the debrief was first written; editing keeps it. */
  created_at: string;
  updated_at: string;
}
