import { type Company, type CompanyApplication, companySizeBands } from "../../../../contract/companies.ts";
import type { CompanyApplicationRow, CompanyListRow } from "./companies.repo.ts";

type SizeBand = (typeof companySizeBands)[number];
const isSizeBand = (value: string | null): value is SizeBand =>
  value !== null && (companySizeBands as readonly string[]).includes(value);

/** A company as the API shows it. */
export function presentCompany(row: CompanyListRow): Company {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    // Rows written before validation existed (imports, old data) may hold anything here.
    sizeBand: isSizeBand(row.size_band) ? row.size_band : null,
    industry: row.industry,
    notes: row.notes,
    applicationCount: row.application_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentCompanyApplication(row: CompanyApplicationRow): CompanyApplication {
  return { id: row.id, roleTitle: row.role_title, stage: row.stage, appliedOn: row.applied_on };
}
