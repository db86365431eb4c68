import { Link } from "react-router";
import type { Contact } from "../../../../../contract/contacts.ts";
import { EmailLink } from "./ContactLinks.tsx";

/** "Recruiter at Acme", "Recruiter", "Acme", or nothing. */
export function describeContactRole(contact: Pick<Contact, "roleTitle" | "companyName">): string | null {
  if (contact.roleTitle && contact.companyName) return `${contact.roleTitle} at ${contact.companyName}`;
  return contact.roleTitle ?? contact.companyName ?? null;
}

/** Contacts as a list: name (to the contact page), role and company, email. */
export function ContactList({ contacts }: { contacts: Contact[] }) {
  return (
    <ul className="item-list directory-list">
      {contacts.map((contact) => {
        const role = describeContactRole(contact);
        return (
          <li key={contact.id} className="item">
            <div className="item-main">
              <p className="item-title">
                <Link to={`/contacts/${contact.id}`}>{contact.name}</Link>
              </p>
              {role || contact.email ? (
                <p className="item-meta">
                  {role}
                  {role && contact.email ? " · " : null}
                  {contact.email ? <EmailLink email={contact.email} /> : null}
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
