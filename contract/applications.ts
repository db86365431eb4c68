import { z } from "zod";
import { singleLine } from "./common.ts";
import { currency, httpUrl, isoDate, listParam, longText, money, optionalText, pageQuery, tagList } from "./fields.ts";

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
export const stageSchema = z.enum(applicationStages, { message: `must be one of ${applicationStages.join(", ")}` });

/** Stages that end a process: moving into one sets the closed date when it is empty. */
export const closedStages: readonly ApplicationStage[] = ["accepted", "rejected", "withdrawn", "ghosted"];

export const stageLabels: Record<ApplicationStage, string> = {
  wishlist: "Wishlist",
  applied: "Applied",
  screening: "Screening",
  interviewing: "Interviewing",
  offer: "Offer",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ghosted: "Ghosted",
};

export const workModes = ["remote", "hybrid", "on_site"] as const;
export const workModeLabels = { remote: "Remote", hybrid: "Hybrid", on_site: "On-site" } as const;

/** Suggestions for the free-text source field; response rates group by it. */
export const suggestedSources = ["Referral", "Job board", "Recruiter", "Company website", "LinkedIn", "Networking"];

const idField = z.uuid({ message: "must be an id (UUID)" });

const applicationFields = {
  roleTitle: singleLine(200).pipe(z.string().min(1, "must not be empty")),
  /** An existing company of mine… */
  companyId: idField.nullable().optional(),
  /** …or a name: found case-insensitively among my companies, created when new. */
  companyName: singleLine(200).optional(),
  roleFamilyId: idField.nullable().optional(),
  tags: tagList.optional(),
  jobUrl: optionalText(httpUrl),
  location: optionalText(singleLine(200)),
  workMode: z.enum(workModes, { message: "must be remote, hybrid or on_site" }).nullable().optional(),
  salaryMin: money.nullable().optional(),
  salaryMax: money.nullable().optional(),
  salaryCurrency: optionalText(currency),
  source: optionalText(singleLine(60)),
  excitement: z
    .number({ message: "must be a number from 1 to 5" })
    .int("must be a whole number from 1 to 5")
    .min(1, "must be from 1 to 5")
    .max(5, "must be from 1 to 5")
    .nullable()
    .optional(),
  foundOn: isoDate.nullable().optional(),
  appliedOn: isoDate.nullable().optional(),
  closedOn: isoDate.nullable().optional(),
  notes: longText().optional(),
  contactIds: z.array(idField).max(50, "must have at most 50 contacts").optional(),
};

type ApplicationFieldsShape = {
  salaryMin?: number | null;
  salaryMax?: number | null;
  appliedOn?: string | null;
  closedOn?: string | null;
  companyId?: string | null;
  companyName?: string;
};

/** Checks that span fields: a range that runs backwards, two ways of naming the company. */
function refineApplication(value: ApplicationFieldsShape, ctx: z.RefinementCtx) {
  if (value.salaryMin != null && value.salaryMax != null && value.salaryMax < value.salaryMin) {
    ctx.addIssue({ code: "custom", path: ["salaryMax"], message: "must not be less than salaryMin" });
  }
  if (value.appliedOn && value.closedOn && value.closedOn < value.appliedOn) {
    ctx.addIssue({ code: "custom", path: ["closedOn"], message: "must not be before appliedOn" });
  }
  if (value.companyId && value.companyName) {
    ctx.addIssue({ code: "custom", path: ["companyName"], message: "give either companyId or companyName, not both" });
  }
}

export const createApplicationRequest = z
  .strictObject({ ...applicationFields, stage: stageSchema.optional() })
  .superRefine(refineApplication);
export type CreateApplicationRequest = z.infer<typeof createApplicationRequest>;

export const updateApplicationRequest = z
  .strictObject({
    ...applicationFields,
    roleTitle: applicationFields.roleTitle.optional(),
    stage: stageSchema.optional(),
  })
  .superRefine(refineApplication);
export type UpdateApplicationRequest = z.infer<typeof updateApplicationRequest>;

export const moveStageRequest = z.strictObject({
  stage: stageSchema,
  /** When it happened, if not now (e.g. the rejection email came yesterday). */
  at: z.iso.datetime({ offset: true, message: "must be a date and time such as 2026-03-31T14:30:00Z" }).optional(),
});
export type MoveStageRequest = z.infer<typeof moveStageRequest>;

export const application = z.object({
  id: z.string(),
  roleTitle: z.string(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  roleFamilyId: z.string().nullable(),
  roleFamilyName: z.string().nullable(),
  tags: z.array(z.string()),
  jobUrl: z.string().nullable(),
  location: z.string().nullable(),
  workMode: z.enum(workModes).nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string().nullable(),
  source: z.string().nullable(),
  excitement: z.number().nullable(),
  foundOn: z.string().nullable(),
  appliedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  notes: z.string(),
  stage: z.enum(applicationStages),
  stageChangedAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Application = z.infer<typeof application>;

export const applicationSorts = ["updated", "created", "applied", "title", "company", "excitement", "stage"] as const;

export const applicationListQuery = z.strictObject({
  q: singleLine(200).optional(),
  stage: listParam(stageSchema),
  roleFamilyId: idField.optional(),
  tag: singleLine(40).optional(),
  companyId: idField.optional(),
  appliedFrom: isoDate.optional(),
  appliedTo: isoDate.optional(),
  sort: z.enum(applicationSorts, { message: `must be one of ${applicationSorts.join(", ")}` }).default("updated"),
  order: z.enum(["asc", "desc"], { message: "must be asc or desc" }).default("desc"),
  ...pageQuery,
});
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

export const applicationList = z.object({
  items: z.array(application),
  nextCursor: z.string().nullable(),
  /** How many match the filters, across all pages. */
  total: z.number(),
});
export type ApplicationList = z.infer<typeof applicationList>;

export const createNoteRequest = z.strictObject({
  body: longText(10_000).pipe(z.string().trim().min(1, "must not be empty")),
});
export const applicationNote = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationNote = z.infer<typeof applicationNote>;
