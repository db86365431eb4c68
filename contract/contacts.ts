import { z } from "zod";
import { applicationStages } from "./applications.ts";
import { email, singleLine } from "./common.ts";
import { httpUrl, longText, optionalText, pageQuery } from "./fields.ts";
import { interviewKinds } from "./interviews.ts";

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
export type ContactListQuery = z.infer<typeof contactListQuery>;
export type ContactList = z.infer<typeof contactList>;

/** An application the contact is linked to, in brief. */
export const contactApplication = z.object({
  id: z.string(),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  stage: z.enum(applicationStages),
  appliedOn: z.string().nullable(),
});
export type ContactApplication = z.infer<typeof contactApplication>;

/** An interview the contact sat on, in brief. */
export const contactInterview = z.object({
  id: z.string(),
  applicationId: z.string(),
  roleTitle: z.string(),
  companyName: z.string().nullable(),
  roundName: z.string(),
  kind: z.enum(interviewKinds),
  /** UTC instant. */
  startsAt: z.string(),
  timeZone: z.string(),
});
export type ContactInterview = z.infer<typeof contactInterview>;

/** A contact with the applications it is linked to and the interviews it sat on (newest first). */
export const contactDetail = z.object({
  contact,
  applications: z.array(contactApplication),
  interviews: z.array(contactInterview),
});
export type ContactDetail = z.infer<typeof contactDetail>;
