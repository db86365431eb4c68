import { Link } from "react-router";
import type { Contact } from "../../../../../contract/contacts.ts";
import { DetailRow } from "../../../ui/DetailRow.tsx";
import { EditableDetails } from "../../../ui/EditableDetails.tsx";
import { Markdown } from "../../../ui/Markdown.tsx";
import { ContactForm } from "./ContactForm.tsx";
import { EmailLink, PhoneLink, ProfileLink } from "./ContactLinks.tsx";

/** The contact's details, with ways to reach them as links, and an Edit button that swaps in the form. */
export function ContactDetails({ contact }: { contact: Contact }) {
  return (
    <EditableDetails
      editLabel="Edit contact"
      savedMessage="Contact saved."
      renderForm={(done) => (
        <ContactForm mode="edit" contact={contact} onSaved={() => done(true)} onCancel={() => done(false)} />
      )}
    >
      <dl className="detail-list directory-details">
        <DetailRow label="Name" empty="Not set">
          {contact.name}
        </DetailRow>
        <DetailRow label="Role" empty="Not set">
          {contact.roleTitle}
        </DetailRow>
        <DetailRow label="Company" empty="Not set">
          {contact.companyId && contact.companyName ? (
            <Link to={`/companies/${contact.companyId}`}>{contact.companyName}</Link>
          ) : null}
        </DetailRow>
        <DetailRow label="Email" empty="Not set">
          {contact.email ? <EmailLink email={contact.email} /> : null}
        </DetailRow>
        <DetailRow label="Phone" empty="Not set">
          {contact.phone ? <PhoneLink phone={contact.phone} /> : null}
        </DetailRow>
        <DetailRow label="Profile" empty="Not set">
          {contact.profileUrl ? <ProfileLink url={contact.profileUrl} /> : null}
        </DetailRow>
      </dl>
      <h3 className="directory-subheading">Notes</h3>
      <Markdown source={contact.notes} empty="No notes yet." />
    </EditableDetails>
  );
}
