/**
 * The core of the pipeline: companies, applications with their stage history, and interviews.
 * The foundation creates them so that demo and benchmark data have a home; the Pipeline
 * feature builds the screens and the API on top.
 */

export const applicationStages = [
  "wishlist",
  "applied",
  "screening",
  "interviewing",
  "offer",
  "accepted",
  "rejected",
  "withdrawn",
  "ghosted",
] as const;
export type ApplicationStage = (typeof applicationStages)[number];

export const workModes = ["remote", "hybrid", "on_site"] as const;
export type WorkMode = (typeof workModes)[number];

export const interviewKinds = [
  "recruiter_screen",
  "hiring_manager",
  "portfolio_presentation",
  "technical",
  "panel",
  "take_home",
  "final",
  "other",
] as const;
export type InterviewKind = (typeof interviewKinds)[number];

export const interviewFormats = ["video", "phone", "on_site"] as const;
export type InterviewFormat = (typeof interviewFormats)[number];

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
  created_at: string;
  updated_at: string;
}
