import { type ReactNode, useRef, useState } from "react";
import { Link } from "react-router";
import type { Contact } from "../../../../../contract/contacts.ts";
import { Markdown } from "../../../ui/Markdown.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { ContactForm } from "./ContactForm.tsx";
import { EmailLink, PhoneLink, ProfileLink } from "./ContactLinks.tsx";

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="directory-row">
      <dt>{label}</dt>
      <dd>{value ?? <span className="directory-muted">Not set</span>}</dd>
    </div>
  );
}

/** The contact's details, with ways to reach them as links, and an Edit button that swaps in the form. */
export function ContactDetails({ contact }: { contact: Contact }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const finish = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (editing) {
    return <ContactForm mode="edit" contact={contact} onSaved={() => finish(true)} onCancel={() => finish(false)} />;
  }

  return (
    <>
      <dl className="directory-details">
        <Row label="Name" value={contact.name} />
        <Row label="Role" value={contact.roleTitle} />
        <Row
          label="Company"
          value={
            contact.companyId && contact.companyName ? (
              <Link to={`/companies/${contact.companyId}`}>{contact.companyName}</Link>
            ) : null
          }
        />
        <Row label="Email" value={contact.email ? <EmailLink email={contact.email} /> : null} />
        <Row label="Phone" value={contact.phone ? <PhoneLink phone={contact.phone} /> : null} />
        <Row label="Profile" value={contact.profileUrl ? <ProfileLink url={contact.profileUrl} /> : null} />
      </dl>
      <h3 className="directory-subheading">Notes</h3>
      <Markdown source={contact.notes} empty="No notes yet." />
      <StatusMessage message={saved ? "Contact saved." : null} />
      <div className="button-row">
        <button
          ref={editButton}
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          Edit contact
        </button>
      </div>
    </>
  );
}
