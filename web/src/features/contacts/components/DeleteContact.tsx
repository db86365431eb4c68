import { useState } from "react";
import { useNavigate } from "react-router";
import type { Contact } from "../../../../../contract/contacts.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { useDeleteContact } from "../contacts-queries.ts";

/** Deletes the contact after a confirmation that says what stays. */
export function DeleteContact({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteContact(contact.id);
  const navigate = useNavigate();
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Delete contact
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${contact.name}”?`}
        confirmLabel="Delete contact"
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate("/contacts", { replace: true }) })}
      >
        <p>They are unlinked from their applications and interviews, which stay as they are. This can't be undone.</p>
      </ConfirmDialog>
    </>
  );
}
