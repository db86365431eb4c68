import type { Generated } from "kysely";

/**
 * The core of the pipeline: companies, applications with their stage history, and interviews.
 * The foundation creates them so that demo and benchmark data have a home; the Pipeline
 * feature builds the screens and the API on top.
 */

// The enums live in the contract, shared with the web app; the schema re-exports them so
// database code can name them without reaching into the contract.
export {
  type ApplicationStage,
  applicationStages,
  workModes,
} from "../../../../contract/applications.ts";
export {
  type InterviewFormat,
  type InterviewKind,
  interviewFormats,
  interviewKinds,
} from "../../../../contract/interviews.ts";

import type { ApplicationStage, workModes } from "../../../../contract/applications.ts";
import type { InterviewFormat, InterviewKind } from "../../../../contract/interviews.ts";
import type { taskKinds } from "../../../../contract/tasks.ts";

export type WorkMode = (typeof workModes)[number];
export type TaskKind = (typeof taskKinds)[number];

export interface CompaniesTable {
  id: string;
  user_id: string;
  name: string;
  website: string | null;
  size_band: string | null;
  industry: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface ApplicationsTable {
  id: string;
  user_id: string;
  company_id: string | null;
  role_title: string;
  role_family_id: string | null;
  job_url: string | null;
  location: string | null;
  work_mode: WorkMode | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  source: string | null;
  excitement: number | null;
  found_on: string | null;
  applied_on: string | null;
  closed_on: string | null;
  notes: string;
  stage: ApplicationStage;
  stage_changed_at: string;
  /** Lower-cased title, company, location, tags and notes, kept by the service for search. */
  search_text: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** One row per stage transition: funnels and time-in-stage are computed from these. */
export interface ApplicationStageChangesTable {
  id: string;
  user_id: string;
  application_id: string;
  from_stage: ApplicationStage | null;
  to_stage: ApplicationStage;
  changed_at: string;
}

export interface ApplicationTagsTable {
  user_id: string;
  application_id: string;
  tag: string;
}

export interface InterviewsTable {
  id: string;
  user_id: string;
  application_id: string;
  round_name: string;
  kind: InterviewKind;
  starts_at: string;
  duration_minutes: number;
  time_zone: string;
  format: InterviewFormat;
  location: string | null;
  notes: Generated<string>;
  /** Prep, Markdown: the case for me, talking points and STAR stories, questions, research. */
  prep_case: Generated<string>;
  prep_talking_points: Generated<string>;
  prep_questions: Generated<string>;
  prep_research: Generated<string>;
  prep_learning_goal: Generated<string>;
  /** When the one debrief reminder for this interview went out (or was handed to the outbox). */
  debrief_reminded_at: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: string;
  user_id: string;
  company_id: string | null;
  name: string;
  role_title: string | null;
  email: string | null;
  phone: string | null;
  profile_url: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface ApplicationContactsTable {
  user_id: string;
  application_id: string;
  contact_id: string;
}

export interface InterviewInterviewersTable {
  user_id: string;
  interview_id: string;
  contact_id: string;
}

export interface TasksTable {
  id: string;
  user_id: string;
  application_id: string | null;
  interview_id: string | null;
  kind: TaskKind;
  title: string;
  due_on: string | null;
  done_at: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface ApplicationNotesTable {
  id: string;
  user_id: string;
  application_id: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface CalendarFeedsTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

export type CsvImportStatus = "previewed" | "completed" | "failed";

export interface CsvImportsTable {
  id: string;
  user_id: string;
  file_name: string;
  content: string;
  status: CsvImportStatus;
  /** JSON: counts and per-line errors of the finished import. */
  summary: string | null;
  created_at: string;
  completed_at: string | null;
}
