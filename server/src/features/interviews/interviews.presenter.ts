import type { DebriefSummary } from "../../../../contract/debriefs.ts";
import type { Interview } from "../../../../contract/interviews.ts";
import { parseFeelingWords, parseWordList } from "../debriefs/debrief-words.ts";
import { localFromInstant } from "./interview-times.ts";
import { endOf, type InterviewView } from "./interviews.repo.ts";

export function presentInterview(row: InterviewView): Interview {
  return {
    id: row.id,
    applicationId: row.application_id,
    roleTitle: row.role_title,
    companyName: row.company_name,
    roundName: row.round_name,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: endOf(row),
    startsAtLocal: localFromInstant(row.starts_at, row.time_zone),
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    format: row.format,
    location: row.location,
    notes: row.notes,
    interviewers: row.interviewers.map((person) => ({
      id: person.id,
      name: person.name,
      roleTitle: person.role_title,
    })),
    prep: {
      caseForMe: row.prep_case,
      talkingPoints: row.prep_talking_points,
      questions: row.prep_questions,
      research: row.prep_research,
      learningGoal: row.prep_learning_goal,
    },
    debrief: presentDebriefSummary(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function presentDebriefSummary(row: InterviewView): DebriefSummary | null {
  if (row.debrief_created_at === null) return null;
  return {
    energy: row.debrief_energy,
    engagement: row.debrief_engagement,
    wentWell: row.debrief_went_well,
    flow: row.debrief_flow,
    feelings: parseFeelingWords(row.debrief_feelings),
    ownFeelings: parseWordList(row.debrief_own_feelings),
    createdAt: row.debrief_created_at,
  };
}
