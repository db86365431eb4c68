import type { Contact, ContactApplication, ContactInterview } from "../../../../contract/contacts.ts";
import type { ContactListRow, LinkedApplicationRow, LinkedInterviewRow } from "./contacts.repo.ts";

/** A contact as the API shows it, with its company's name. */
export function presentContact(row: Omit<ContactListRow, "sort_key">): Contact {
  return {
    id: row.id,
    name: row.name,
    roleTitle: row.role_title,
    email: row.email,
    phone: row.phone,
    profileUrl: row.profile_url,
    companyId: row.company_id,
    companyName: row.company_name,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentContactApplication(row: LinkedApplicationRow): ContactApplication {
  return {
    id: row.id,
    roleTitle: row.role_title,
    companyName: row.company_name,
    stage: row.stage,
    appliedOn: row.applied_on,
  };
}

export function presentContactInterview(row: LinkedInterviewRow): ContactInterview {
  return {
    id: row.id,
    applicationId: row.application_id,
    roleTitle: row.role_title,
    companyName: row.company_name,
    roundName: row.round_name,
    kind: row.kind,
    startsAt: row.starts_at,
    timeZone: row.time_zone,
  };
}
