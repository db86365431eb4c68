import { Link } from "react-router";
import type { Contact } from "../../../../../contract/contacts.ts";
import { EmailLink } from "./ContactLinks.tsx";

/** One contact in a list: name (to the contact page), then what they do and their email. */
export function ContactListItem({ contact, role }: { contact: Contact; role: string | null }) {
  return (
    <li className="item">
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
}
