import type { Contact } from "../../../../../contract/contacts.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { useUpdateApplication } from "../application-detail-queries.ts";
import { ContactPicker } from "./ContactPicker.tsx";
import { ExternalLink } from "./ExternalLink.tsx";

interface LinkedContactsProps {
  applicationId: string;
  companyId: string | null;
  contacts: Contact[];
}

/** People linked to the application (recruiter, hiring manager, referrer): pick or create, unlink. */
export function LinkedContacts({ applicationId, companyId, contacts }: LinkedContactsProps) {
  const update = useUpdateApplication(applicationId);
  const ids = contacts.map((contact) => contact.id);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const save = (contactIds: string[]) => update.mutate({ contactIds });

  return (
    <>
      <ContactPicker
        legend="Linked contacts"
        hint="The recruiter, the hiring manager, whoever referred you."
        emptyText="No contacts linked yet."
        picked={contacts}
        busy={update.isPending}
        companyId={companyId}
        onAdd={(contact) => save([...ids, contact.id])}
        onRemove={(id) => save(ids.filter((existing) => existing !== id))}
        describe={(picked) => {
          const contact = byId.get(picked.id);
          if (!contact || (!contact.email && !contact.profileUrl)) return null;
          return (
            <p className="item-meta">
              {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
              {contact.email && contact.profileUrl ? " · " : null}
              {contact.profileUrl ? <ExternalLink href={contact.profileUrl}>Profile</ExternalLink> : null}
            </p>
          );
        }}
      />
      <FormAlert message={update.error?.message} />
    </>
  );
}
