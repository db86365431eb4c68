import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type {
  ApplicationStage,
  ApplicationStageChangesTable,
  ApplicationsTable,
  ApplicationTagsTable,
  InterviewFormat,
  InterviewKind,
  InterviewsTable,
  WorkMode,
} from "../db/schema/pipeline.ts";

/** Stages that end an application; reaching one sets closed_on. */
export const closingStages: ReadonlySet<ApplicationStage> = new Set<ApplicationStage>([
  "accepted",
  "rejected",
  "withdrawn",
  "ghosted",
]);

/** An application as a seed plans it: facts plus its stage path and interviews, all as instants. */
export interface PlannedApplication {
  companyId: string | null;
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
  }[];
}

/** The rows one planned application becomes. */
export interface ApplicationRows {
  application: Insertable<ApplicationsTable>;
  stageChanges: Insertable<ApplicationStageChangesTable>[];
  tags: Insertable<ApplicationTagsTable>[];
  interviews: Insertable<InterviewsTable>[];
}

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
      created_at: scheduledAt,
      updated_at: scheduledAt,
    };
  });
  const updatedAt = [last.at.toISOString(), ...interviews.map((row) => row.created_at)].sort().at(-1) ?? createdAt;

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
    tags: [...new Set(plan.tags)].map((tag) => ({ user_id: userId, application_id: applicationId, tag })),
    interviews,
  };
}
