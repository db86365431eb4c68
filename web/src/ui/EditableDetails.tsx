import { type ReactNode, useRef, useState } from "react";
import { StatusMessage } from "./StatusMessage.tsx";

interface EditableDetailsProps {
  /** The Edit button's label: "Edit company". */
  editLabel: string;
  /** Said (politely, to screen readers too) after a save: "Company saved." */
  savedMessage: string;
  /** The form that replaces the details; it calls `done` with whether it saved. */
  renderForm: (done: (saved: boolean) => void) => ReactNode;
  /** The details as shown when not editing. */
  children: ReactNode;
}

/** Details with an Edit button that swaps in a form; afterwards focus goes back to the button. */
export function EditableDetails({ editLabel, savedMessage, renderForm, children }: EditableDetailsProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  if (editing) {
    return renderForm((didSave) => {
      setEditing(false);
      setSaved(didSave);
      // The form is gone; put focus back where the person started.
      requestAnimationFrame(() => editButton.current?.focus());
    });
  }

  return (
    <>
      {children}
      <StatusMessage message={saved ? savedMessage : null} />
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
          {editLabel}
        </button>
      </div>
    </>
  );
}
