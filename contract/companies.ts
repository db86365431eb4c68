import { z } from "zod";
import { applicationStages } from "./applications.ts";
import { singleLine } from "./common.ts";
import { contact } from "./contacts.ts";
import { httpUrl, longText, optionalText, pageQuery } from "./fields.ts";

export const companySizeBands = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5001+"] as const;

const companyFields = {
  name: singleLine(200).pipe(z.string().min(1, "must not be empty")),
  website: optionalText(httpUrl),
  sizeBand: z
    .enum(companySizeBands, { message: `must be one of ${companySizeBands.join(", ")}` })
    .nullable()
    .optional(),
  industry: optionalText(singleLine(100)),
  notes: longText().optional(),
};

export const createCompanyRequest = z.strictObject(companyFields);
export const updateCompanyRequest = z.strictObject({ ...companyFields, name: companyFields.name.optional() });
export type CreateCompanyRequest = z.infer<typeof createCompanyRequest>;
export type UpdateCompanyRequest = z.infer<typeof updateCompanyRequest>;

export const company = z.object({
  id: z.string(),
  name: z.string(),
  website: z.string().nullable(),
  sizeBand: z.enum(companySizeBands).nullable(),
  industry: z.string().nullable(),
  notes: z.string(),
  applicationCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Company = z.infer<typeof company>;

export const companyListQuery = z.strictObject({ q: singleLine(200).optional(), ...pageQuery });
export const companyList = z.object({ items: z.array(company), nextCursor: z.string().nullable() });

/** One of the company's applications, in brief (the full record is at /api/applications/:id). */
export const companyApplication = z.object({
  id: z.string(),
  roleTitle: z.string(),
  stage: z.enum(applicationStages),
  appliedOn: z.string().nullable(),
});
export type CompanyApplication = z.infer<typeof companyApplication>;

/** A company with its applications (applied most recently first, not yet applied last) and contacts. */
export const companyDetail = z.object({
  company,
  applications: z.array(companyApplication),
  contacts: z.array(contact),
});
export type CompanyDetail = z.infer<typeof companyDetail>;

export type CompanyListQuery = z.infer<typeof companyListQuery>;
export type CompanyList = z.infer<typeof companyList>;
