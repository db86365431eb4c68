import type { FormEvent, ReactNode } from "react";

/** A row opened for editing in place: its fields, Save, and Cancel (which changes nothing). */
export function InlineEditForm(props: {
  label: string;
  saveLabel: string;
  pending: boolean;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form className="form inline-editor" onSubmit={props.onSubmit} noValidate aria-label={props.label}>
      {props.children}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={props.pending}>
          {props.saveLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
