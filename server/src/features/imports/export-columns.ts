import type { Application } from "../../../../contract/applications.ts";

/**
 * The CSV export's columns, in this order. The header names are the ones the importer
 * recognises, so an exported file imports again without mapping anything by hand.
 */
export const exportColumns: {
  header: string;
  value: (app: Application & { roleFamilyName: string | null }) => unknown;
}[] = [
  { header: "Role title", value: (app) => app.roleTitle },
  { header: "Company", value: (app) => app.companyName },
  { header: "Stage", value: (app) => app.stage },
  { header: "Applied on", value: (app) => app.appliedOn },
  { header: "Found on", value: (app) => app.foundOn },
  { header: "Closed on", value: (app) => app.closedOn },
  { header: "Job link", value: (app) => app.jobUrl },
  { header: "Location", value: (app) => app.location },
  { header: "Work mode", value: (app) => app.workMode },
  { header: "Salary from", value: (app) => app.salaryMin },
  { header: "Salary to", value: (app) => app.salaryMax },
  { header: "Salary currency", value: (app) => app.salaryCurrency },
  { header: "Source", value: (app) => app.source },
  { header: "Excitement", value: (app) => app.excitement },
  { header: "Tags", value: (app) => app.tags.join("; ") },
  { header: "Notes", value: (app) => app.notes },
  { header: "Role family", value: (app) => app.roleFamilyName },
  { header: "Stage changed at", value: (app) => app.stageChangedAt },
  { header: "Created at", value: (app) => app.createdAt },
  { header: "Updated at", value: (app) => app.updatedAt },
  { header: "Id", value: (app) => app.id },
];

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula,
 * so a job title like "=HYPERLINK(…)" could act when the file is opened. A leading ' makes it
 * text; the importer takes the ' off again, so the round trip loses nothing.
 */
export function guardFormula(value: unknown): unknown {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
