import { useNavigate } from "react-router";
import type { Contact } from "../../../../../contract/contacts.ts";
import { DeleteWithConfirmation } from "../../../ui/DeleteWithConfirmation.tsx";
import { useDeleteContact } from "../contacts-queries.ts";

/** Deletes the contact after a confirmation that says what stays. */
export function DeleteContact({ contact }: { contact: Contact }) {
  const remove = useDeleteContact(contact.id);
  const navigate = useNavigate();
  return (
    <DeleteWithConfirmation
      label="Delete contact"
      title={`Delete “${contact.name}”?`}
      remove={remove}
      onDeleted={() => navigate("/contacts", { replace: true })}
    >
      <p>They are unlinked from their applications and interviews, which stay as they are. This can't be undone.</p>
    </DeleteWithConfirmation>
  );
}
