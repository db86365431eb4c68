import type { Debrief, DebriefListItem } from "../../../../contract/debriefs.ts";
import { parseFeelingWords, parseWordList } from "./debrief-words.ts";
import type { DebriefListRow, DebriefView } from "./debriefs.repo.ts";

export function presentDebrief(row: DebriefView): Debrief {
  return {
    id: row.id,
    interviewId: row.interview_id,
    applicationId: row.application_id,
    energy: row.energy,
    engagement: row.engagement,
    flow: row.flow,
    wentWell: row.went_well,
    feelings: parseFeelingWords(row.feelings),
    ownFeelings: parseWordList(row.own_feelings),
    aeiou: {
      activities: row.aeiou_activities,
      environment: row.aeiou_environment,
      interactions: row.aeiou_interactions,
      objects: row.aeiou_objects,
      users: row.aeiou_users,
    },
    doDifferently: row.do_differently,
    learningGoalMet: row.learning_goal_met,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentDebriefListItem(row: DebriefListRow): DebriefListItem {
  return {
    ...presentDebrief(row),
    roundName: row.round_name,
    kind: row.kind,
    format: row.format,
    startsAt: row.starts_at,
    roleTitle: row.role_title,
    companyName: row.company_name,
  };
}
