import type { Application, ApplicationNote } from "../../../../contract/applications.ts";
import type { ApplicationNoteRow } from "./application-notes.repo.ts";
import type { ApplicationView } from "./applications.repo.ts";

export function presentApplication(row: ApplicationView): Application {
  return {
    id: row.id,
    roleTitle: row.role_title,
    companyId: row.company_id,
    companyName: row.company_name,
    roleFamilyId: row.role_family_id,
    roleFamilyName: row.role_family_name,
    tags: row.tags,
    jobUrl: row.job_url,
    location: row.location,
    workMode: row.work_mode,
    salaryMin: row.salary_min === null ? null : Number(row.salary_min),
    salaryMax: row.salary_max === null ? null : Number(row.salary_max),
    salaryCurrency: row.salary_currency,
    source: row.source,
    excitement: row.excitement === null ? null : Number(row.excitement),
    foundOn: row.found_on,
    appliedOn: row.applied_on,
    closedOn: row.closed_on,
    notes: row.notes,
    stage: row.stage,
    stageChangedAt: row.stage_changed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentNote(row: ApplicationNoteRow): ApplicationNote {
  return { id: row.id, body: row.body, createdAt: row.created_at, updatedAt: row.updated_at };
}
