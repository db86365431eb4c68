import type { ImportField, ImportFormat, ImportMapping } from "../../../../contract/imports.ts";
import { multiColumnFields } from "../../../../contract/imports.ts";

/** How a known export is recognised and read. Headers are compared in lower case. */
interface FormatProfile {
  format: Exclude<ImportFormat, "generic">;
  /** Headers that must all be present for the file to count as this format. */
  signature: string[];
  /** Known headers and what they fill; other columns are left out. */
  columns: Record<string, ImportField | null>;
  /** A source to record when no column says where the job was found. */
  defaultSource: string | null;
}

const profiles: FormatProfile[] = [
  {
    format: "linkedin_applications",
    signature: ["application date", "company name", "job title", "job url"],
    columns: {
      "application date": "appliedOn",
      "contact email": "notes",
      "contact phone number": "notes",
      "company name": "companyName",
      "job title": "roleTitle",
      "job url": "jobUrl",
      "resume name": "notes",
      "question and answers": "notes",
    },
    defaultSource: "LinkedIn",
  },
  {
    format: "linkedin_saved",
    signature: ["saved date", "job url", "job title", "company name"],
    columns: { "saved date": "foundOn", "job url": "jobUrl", "job title": "roleTitle", "company name": "companyName" },
    defaultSource: "LinkedIn",
  },
  {
    format: "huntr",
    signature: ["title", "listname", "companyname", "boardname"],
    columns: {
      createdat: "foundOn",
      title: "roleTitle",
      salary: "salary",
      location: "location",
      url: "jobUrl",
      htmldescription: "descriptionHtml",
      listname: "stage",
      companyname: "companyName",
    },
    defaultSource: null,
  },
  {
    format: "teal",
    signature: ["company_name", "role", "statusname"],
    columns: {
      company_name: "companyName",
      role: "roleTitle",
      statusname: "stage",
      location: "location",
      url: "jobUrl",
      excitement: "excitement",
      source: "source",
      min_salary: "salaryMin",
      max_salary: "salaryMax",
      salary_currency: "salaryCurrency",
      added_at: "foundOn",
      applied_at: "appliedOn",
    },
    defaultSource: null,
  },
  {
    format: "jobsync",
    signature: ["company", "jobtitle", "status", "applieddate"],
    columns: {
      createdat: "foundOn",
      applieddate: "appliedOn",
      company: "companyName",
      jobtitle: "roleTitle",
      jobtype: "tags",
      workplacetype: "workMode",
      location: "location",
      jobsource: "source",
      status: "stage",
    },
    defaultSource: null,
  },
];

/**
 * Header words for any other spreadsheet, best guess first: when two columns could fill the
 * same field, the one earlier in its list wins (so our own export's "Found on" beats "Created at").
 */
const genericNames: Record<ImportField, string[]> = {
  roleTitle: ["roletitle", "jobtitle", "title", "role", "position", "positiontitle", "job", "jobname"],
  companyName: ["company", "companyname", "employer", "organization", "organisation", "org"],
  stage: ["stage", "status", "statusname", "state", "listname", "pipelinestage"],
  appliedOn: ["appliedon", "dateapplied", "applieddate", "applicationdate", "appliedat", "applied"],
  foundOn: ["foundon", "datefound", "dateadded", "addedon", "saveddate", "datesaved", "added", "date", "createdat"],
  closedOn: ["closedon", "dateclosed", "closeddate", "rejectedon", "rejectiondate"],
  jobUrl: ["joblink", "joburl", "url", "link", "postingurl", "jobposting", "posting", "listingurl"],
  location: ["location", "joblocation", "city", "place"],
  workMode: ["workmode", "workplacetype", "workplace", "remote", "worktype", "arrangement"],
  salary: ["salary", "salaryrange", "compensation", "payrange", "pay", "comp"],
  salaryMin: ["salaryfrom", "salarymin", "minsalary", "minimumsalary", "salarylow"],
  salaryMax: ["salaryto", "salarymax", "maxsalary", "maximumsalary", "salaryhigh"],
  salaryCurrency: ["salarycurrency", "currency"],
  source: ["source", "jobsource", "foundvia", "via", "channel"],
  excitement: ["excitement", "rating", "interest", "stars"],
  tags: ["tags", "tag", "labels", "label", "category"],
  notes: ["notes", "note", "comments", "comment", "description", "jobdescription"],
  descriptionHtml: ["htmldescription", "descriptionhtml"],
};

const compact = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, "");

export interface DetectedFormat {
  format: ImportFormat;
  mapping: ImportMapping;
  defaultSource: string | null;
}

/** Recognises a known export by its header and suggests what each column fills. */
export function detectFormat(headers: string[]): DetectedFormat {
  const lower = headers.map((header) => header.trim().toLowerCase());
  const profile = profiles.find((candidate) => candidate.signature.every((name) => lower.includes(name)));
  if (profile) {
    const mapping: ImportMapping = {};
    headers.forEach((header, index) => {
      mapping[header] = profile.columns[lower[index] ?? ""] ?? null;
    });
    return { format: profile.format, mapping, defaultSource: profile.defaultSource };
  }
  return { format: "generic", mapping: suggestGenericMapping(headers), defaultSource: null };
}

/** The default source of a format, for a commit that re-reads the stored file. */
export function defaultSourceFor(format: ImportFormat): string | null {
  return profiles.find((profile) => profile.format === format)?.defaultSource ?? null;
}

function suggestGenericMapping(headers: string[]): ImportMapping {
  const mapping: ImportMapping = Object.fromEntries(headers.map((header) => [header, null]));
  const compacted = headers.map(compact);
  const taken = new Set<number>();
  for (const [field, names] of Object.entries(genericNames) as [ImportField, string[]][]) {
    const multi = multiColumnFields.includes(field);
    for (const name of names) {
      const matches = compacted.flatMap((header, index) => (header === name && !taken.has(index) ? [index] : []));
      for (const index of multi ? matches : matches.slice(0, 1)) {
        mapping[headers[index] as string] = field;
        taken.add(index);
      }
      if (!multi && matches.length > 0) break;
    }
  }
  return mapping;
}
