import type { ActionItem, SoftLanding, WritingSession } from "../../../../contract/growth.ts";
import type { ActionItemView } from "./action-items.repo.ts";
import type { SoftLandingRow } from "./soft-landings.repo.ts";
import type { WritingSessionRow } from "./writing-sessions.repo.ts";

/** The saved soft landing, or an empty one when nothing was saved yet. */
export function presentSoftLanding(applicationId: string, row: SoftLandingRow | undefined): SoftLanding {
  return {
    applicationId,
    feeling: row?.feeling ?? null,
    feelingWords: row?.feeling_words ?? "",
    whatILearned: row?.what_i_learned ?? "",
    planForMe: row?.plan_for_me ?? "",
    dismissedAt: row?.dismissed_at ?? null,
    completedAt: row?.completed_at ?? null,
    createdAt: row?.created_at ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

export function presentWritingSession(row: WritingSessionRow): WritingSession {
  return {
    id: row.id,
    applicationId: row.application_id,
    body: row.body,
    minutes: row.minutes === null ? null : Number(row.minutes),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentActionItem(row: ActionItemView): ActionItem {
  return {
    id: row.id,
    title: row.title,
    notes: row.notes,
    status: row.status,
    targetDate: row.target_date,
    feedbackItemId: row.feedback_item_id,
    feedbackItemText: row.feedback_item_text,
    feedbackEntryId: row.feedback_entry_id,
    applicationId: row.application_id,
    applicationTitle: row.application_title,
    doneAt: row.done_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
