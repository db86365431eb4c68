import type { Contact } from "../../../../../contract/contacts.ts";
import { ContactListItem } from "./ContactListItem.tsx";

/** "Recruiter at Acme", "Recruiter", "Acme", or nothing. */
export function describeContactRole(contact: Pick<Contact, "roleTitle" | "companyName">): string | null {
  if (contact.roleTitle && contact.companyName) return `${contact.roleTitle} at ${contact.companyName}`;
  return contact.roleTitle ?? contact.companyName ?? null;
}

/** Contacts as a list: name (to the contact page), role and company, email. */
export function ContactList({ contacts }: { contacts: Contact[] }) {
  return (
    <ul className="item-list directory-list">
      {contacts.map((contact) => (
        <ContactListItem key={contact.id} contact={contact} role={describeContactRole(contact)} />
      ))}
    </ul>
  );
}
