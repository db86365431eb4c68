import { z } from "zod";
import { email, singleLine } from "./common.ts";
import { httpUrl, longText, optionalText, pageQuery } from "./fields.ts";

const contactFields = {
  name: singleLine(200).pipe(z.string().min(1, "must not be empty")),
  roleTitle: optionalText(singleLine(200)),
  email: optionalText(email),
  phone: optionalText(singleLine(50).pipe(z.string().regex(/^[0-9+().\-\s/x]*$/, "must be a phone number"))),
  profileUrl: optionalText(httpUrl),
  companyId: z.uuid({ message: "must be an id (UUID)" }).nullable().optional(),
  notes: longText().optional(),
};

export const createContactRequest = z.strictObject(contactFields);
export const updateContactRequest = z.strictObject({ ...contactFields, name: contactFields.name.optional() });
export type CreateContactRequest = z.infer<typeof createContactRequest>;
export type UpdateContactRequest = z.infer<typeof updateContactRequest>;

export const contact = z.object({
  id: z.string(),
  name: z.string(),
  roleTitle: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  profileUrl: z.string().nullable(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contact>;

export const contactListQuery = z.strictObject({
  q: singleLine(200).optional(),
  companyId: z.uuid({ message: "must be an id (UUID)" }).optional(),
  ...pageQuery,
});
export const contactList = z.object({ items: z.array(contact), nextCursor: z.string().nullable() });
