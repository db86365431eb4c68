import { z } from "zod";
import { singleLine } from "./common.ts";
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
