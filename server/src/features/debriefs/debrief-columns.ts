import type { SaveDebriefRequest } from "../../../../contract/debriefs.ts";
import { storeWordList } from "./debrief-words.ts";
import type { DebriefRow } from "./debriefs.repo.ts";

/** What a debrief's columns hold apart from its identity and first-written time. */
export type DebriefColumns = Omit<DebriefRow, "id" | "user_id" | "interview_id" | "created_at">;

/**
 * The stored columns of a debrief as written: a field left out is cleared (a save replaces the
 * whole debrief). The API and the demo seed both write through here.
 */
export function debriefColumns(input: SaveDebriefRequest, now: string): DebriefColumns {
  return {
    energy: input.energy ?? null,
    engagement: input.engagement ?? null,
    flow: input.flow ?? null,
    went_well: input.wentWell ?? null,
    feelings: storeWordList(input.feelings),
    own_feelings: storeWordList(input.ownFeelings?.map((word) => word.trim())),
    aeiou_activities: input.aeiou?.activities ?? "",
    aeiou_environment: input.aeiou?.environment ?? "",
    aeiou_interactions: input.aeiou?.interactions ?? "",
    aeiou_objects: input.aeiou?.objects ?? "",
    aeiou_users: input.aeiou?.users ?? "",
    do_differently: input.doDifferently ?? "",
    learning_goal_met: input.learningGoalMet ?? null,
    updated_at: now,
  };
}
