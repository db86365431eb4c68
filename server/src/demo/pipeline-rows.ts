import type { Insertable } from "kysely";
import type { SaveDebriefRequest } from "../../../contract/debriefs.ts";
import { newId } from "../db/ids.ts";
import type { DebriefsTable } from "../db/schema/debriefs.ts";
import type {
  ApplicationContactsTable,
  ApplicationNotesTable,
  ApplicationStage,
  ApplicationStageChangesTable,
  ApplicationsTable,
  ApplicationTagsTable,
  InterviewFormat,
  InterviewInterviewersTable,
  InterviewKind,
  InterviewsTable,
  TaskKind,
  TasksTable,
  WorkMode,
} from "../db/schema/pipeline.ts";
import { buildSearchText } from "../features/applications/search-text.ts";
import { debriefColumns } from "../features/debriefs/debrief-columns.ts";
import type { PipelineRows } from "./demo-data.repo.ts";

/** Stages that end an application; reaching one sets closed_on. */
export const closingStages: ReadonlySet<ApplicationStage> = new Set<ApplicationStage>([
  "accepted",
  "rejected",
  "withdrawn",
  "ghosted",
]);

/** Interview prep as the five Markdown fields the interview page shows. */
export interface PlannedPrep {
  caseForMe: string;
  talkingPoints: string;
  questions: string;
  research: string;
  learningGoal: string;
}

/** A task as a seed plans it; interviewIndex points into the application's interviews. */
export interface PlannedTask {
  kind: TaskKind;
  title: string;
  /** A calendar day, YYYY-MM-DD, or null for no due date. */
  dueOn: string | null;
  createdAt: Date;
  doneAt: Date | null;
  interviewIndex?: number;
  notes?: string;
}

/** An application as a seed plans it: facts plus its stage path and interviews, all as instants. */
export interface PlannedApplication {
  companyId: string | null;
  /** The company's name, folded into the search text. */
  companyName: string | null;
  roleTitle: string;
  roleFamilyId: string | null;
  jobUrl: string | null;
  location: string | null;
  workMode: WorkMode | null;
  salary: { min: number; max: number; currency: string } | null;
  source: string | null;
  excitement: number | null;
  notes: string;
  tags: string[];
  /** Every stage the application entered, oldest first; the first one is where it started. */
  stages: { stage: ApplicationStage; at: Date }[];
  interviews: {
    roundName: string;
    kind: InterviewKind;
    format: InterviewFormat;
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
    location: string | null;
    /** What happened, written afterwards. */
    notes?: string;
    prep?: PlannedPrep;
    /** Contacts (already planned, so by id) who sat on the other side of the table. */
    interviewerIds?: string[];
    /** How it felt, written soon after it ended. */
    debrief?: PlannedDebrief;
  }[];
  /** Contacts linked to the application: the recruiter, the hiring manager, a referrer. */
  contactIds?: string[];
  tasks?: PlannedTask[];
  /** Dated notes on the application's page. */
  journal?: { body: string; at: Date }[];
}

/** A debrief as a seed plans it (what the API would be sent); written `minutesAfter` the interview ended. */
export interface PlannedDebrief extends SaveDebriefRequest {
  minutesAfter?: number;
}

/** The rows one planned application becomes. */
export interface ApplicationRows {
  application: Insertable<ApplicationsTable>;
  stageChanges: Insertable<ApplicationStageChangesTable>[];
  tags: Insertable<ApplicationTagsTable>[];
  interviews: Insertable<InterviewsTable>[];
  applicationContacts: Insertable<ApplicationContactsTable>[];
  interviewInterviewers: Insertable<InterviewInterviewersTable>[];
  tasks: Insertable<TasksTable>[];
  applicationNotes: Insertable<ApplicationNotesTable>[];
  debriefs: Insertable<DebriefsTable>[];
}

const emptyPrep: PlannedPrep = { caseForMe: "", talkingPoints: "", questions: "", research: "", learningGoal: "" };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Turns a plan into rows that agree with each other: the history runs from null to the first
 * stage and then through each transition in time order, and the application's stage and
 * stage_changed_at are those of the last change. Both seeds go through here so that neither
 * can produce a history the Pipeline feature would consider corrupt.
 */
export function buildApplicationRows(userId: string, plan: PlannedApplication, now: Date): ApplicationRows {
  const first = plan.stages[0];
  const last = plan.stages.at(-1);
  if (!first || !last) throw new Error(`${plan.roleTitle}: an application needs at least one stage`);
  for (const [index, step] of plan.stages.entries()) {
    const previous = plan.stages[index - 1];
    if (previous && step.at.getTime() <= previous.at.getTime()) {
      throw new Error(`${plan.roleTitle}: stage ${step.stage} is not after ${previous.stage}`);
    }
    if (previous?.stage === step.stage) throw new Error(`${plan.roleTitle}: ${step.stage} twice in a row`);
  }

  const applicationId = newId();
  const createdAt = first.at.toISOString();
  const applied = plan.stages.find((step) => step.stage === "applied");
  const interviews = plan.interviews.map((interview) => {
    // Scheduled a few days ahead, but never before the application existed or after now.
    const scheduled = Math.max(
      first.at.getTime(),
      Math.min(interview.startsAt.getTime() - 3 * 86_400_000, now.getTime()),
    );
    const scheduledAt = new Date(scheduled).toISOString();
    const prep = interview.prep ?? emptyPrep;
    return {
      id: newId(),
      user_id: userId,
      application_id: applicationId,
      round_name: interview.roundName,
      kind: interview.kind,
      starts_at: interview.startsAt.toISOString(),
      duration_minutes: interview.durationMinutes,
      time_zone: interview.timeZone,
      format: interview.format,
      location: interview.location,
      notes: interview.notes ?? "",
      prep_case: prep.caseForMe,
      prep_talking_points: prep.talkingPoints,
      prep_questions: prep.questions,
      prep_research: prep.research,
      prep_learning_goal: prep.learningGoal,
      created_at: scheduledAt,
      updated_at: scheduledAt,
    };
  });
  const updatedAt = [last.at.toISOString(), ...interviews.map((row) => row.created_at)].sort().at(-1) ?? createdAt;
  const tags = [...new Set(plan.tags)].sort();
  const notPast = (what: string, at: Date) => {
    if (at.getTime() > now.getTime()) throw new Error(`${plan.roleTitle}: ${what} is in the future`);
    return at.toISOString();
  };

  return {
    application: {
      id: applicationId,
      user_id: userId,
      company_id: plan.companyId,
      role_title: plan.roleTitle,
      role_family_id: plan.roleFamilyId,
      job_url: plan.jobUrl,
      location: plan.location,
      work_mode: plan.workMode,
      salary_min: plan.salary?.min ?? null,
      salary_max: plan.salary?.max ?? null,
      salary_currency: plan.salary?.currency ?? null,
      source: plan.source,
      excitement: plan.excitement,
      found_on: isoDay(first.at),
      applied_on: applied ? isoDay(applied.at) : null,
      closed_on: closingStages.has(last.stage) ? isoDay(last.at) : null,
      notes: plan.notes,
      search_text: buildSearchText({
        roleTitle: plan.roleTitle,
        companyName: plan.companyName,
        location: plan.location,
        source: plan.source,
        tags,
        notes: plan.notes,
      }),
      stage: last.stage,
      stage_changed_at: last.at.toISOString(),
      created_at: createdAt,
      updated_at: updatedAt,
    },
    stageChanges: plan.stages.map((step, index) => ({
      id: newId(),
      user_id: userId,
      application_id: applicationId,
      from_stage: plan.stages[index - 1]?.stage ?? null,
      to_stage: step.stage,
      changed_at: step.at.toISOString(),
    })),
    tags: tags.map((tag) => ({ user_id: userId, application_id: applicationId, tag })),
    interviews,
    applicationContacts: [...new Set(plan.contactIds)].map((contactId) => ({
      user_id: userId,
      application_id: applicationId,
      contact_id: contactId,
    })),
    interviewInterviewers: plan.interviews.flatMap((interview, index) =>
      [...new Set(interview.interviewerIds)].map((contactId) => ({
        user_id: userId,
        interview_id: interviews[index]?.id ?? "",
        contact_id: contactId,
      })),
    ),
    tasks: (plan.tasks ?? []).map((task) => {
      const interviewId = task.interviewIndex === undefined ? null : interviews[task.interviewIndex]?.id;
      if (interviewId === undefined) throw new Error(`${plan.roleTitle}: task "${task.title}" names no interview`);
      const createdAt = notPast(`task "${task.title}"`, task.createdAt);
      const doneAt = task.doneAt ? notPast(`task "${task.title}" done`, task.doneAt) : null;
      if (doneAt && doneAt < createdAt) throw new Error(`${plan.roleTitle}: task "${task.title}" done before made`);
      return {
        id: newId(),
        user_id: userId,
        application_id: applicationId,
        interview_id: interviewId,
        kind: task.kind,
        title: task.title,
        due_on: task.dueOn,
        done_at: doneAt,
        notes: task.notes ?? "",
        created_at: createdAt,
        updated_at: doneAt ?? createdAt,
      };
    }),
    debriefs: plan.interviews.flatMap((interview, index) => {
      const planned = interview.debrief;
      const interviewId = interviews[index]?.id;
      if (!planned || !interviewId) return [];
      const ended = interview.startsAt.getTime() + interview.durationMinutes * 60_000;
      const at = notPast(
        `the debrief of ${interview.roundName}`,
        new Date(ended + (planned.minutesAfter ?? 45) * 60_000),
      );
      return [
        {
          id: newId(),
          user_id: userId,
          interview_id: interviewId,
          ...debriefColumns(planned, at),
          created_at: at,
        },
      ];
    }),
    applicationNotes: (plan.journal ?? []).map((note) => {
      const at = notPast("a note", note.at);
      return {
        id: newId(),
        user_id: userId,
        application_id: applicationId,
        body: note.body,
        created_at: at,
        updated_at: at,
      };
    }),
  };
}

/** Appends one application's rows to a whole search's. */
export function addApplicationRows(rows: PipelineRows, built: ApplicationRows): void {
  rows.applications.push(built.application);
  rows.stageChanges.push(...built.stageChanges);
  rows.tags.push(...built.tags);
  rows.interviews.push(...built.interviews);
  rows.applicationContacts.push(...built.applicationContacts);
  rows.interviewInterviewers.push(...built.interviewInterviewers);
  rows.tasks.push(...built.tasks);
  rows.applicationNotes.push(...built.applicationNotes);
  rows.debriefs.push(...built.debriefs);
}
