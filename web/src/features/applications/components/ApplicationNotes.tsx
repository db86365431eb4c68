import { type FormEvent, useRef, useState } from "react";
import { type ApplicationNote, createNoteRequest } from "../../../../../contract/applications.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { Markdown } from "../../../ui/Markdown.tsx";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { useAddNote, useDeleteNote, useUpdateNote } from "../application-detail-queries.ts";

const labels = { body: "Note" };

interface NoteFormProps {
  initial: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (body: string, done: () => void, fail: (error: unknown) => void) => void;
  onCancel?: () => void;
}

function NoteForm({ initial, label, submitLabel, pending, onSubmit, onCancel }: NoteFormProps) {
  const [body, setBody] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const checked = createNoteRequest.safeParse({ body });
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    onSubmit(
      checked.data.body,
      () => setBody(""),
      (error) => setErrors(errorsFromError(error, labels)),
    );
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <MarkdownField label={label} name="body" value={body} onChange={setBody} rows={3} error={errors.fields.body} />
      <FormAlert message={errors.message} />
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel="Saving…" variant="secondary">
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Dated notes on the application (calls, emails, impressions): add, edit, delete. */
export function ApplicationNotes({ applicationId, notes }: { applicationId: string; notes: ApplicationNote[] }) {
  const add = useAddNote(applicationId);
  const update = useUpdateNote();
  const remove = useDeleteNote();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ApplicationNote | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeadingAfterClose = useRef(false);

  const sorted = [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <NoteForm
        initial=""
        label="Add a note"
        submitLabel="Add note"
        pending={add.isPending}
        onSubmit={(body, done, fail) => add.mutate(body, { onSuccess: done, onError: fail })}
      />
      <h3 className="subheading" ref={heading} tabIndex={-1}>
        Earlier notes
      </h3>
      {sorted.length === 0 ? <p className="quiet-text">No notes yet.</p> : null}
      <ul className="note-list">
        {sorted.map((note) => (
          <li key={note.id} className="note">
            <p className="item-meta">
              <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
              {note.updatedAt !== note.createdAt ? " · edited" : ""}
            </p>
            {editingId === note.id ? (
              <NoteForm
                initial={note.body}
                label="Edit note"
                submitLabel="Save note"
                pending={update.isPending}
                onCancel={() => setEditingId(null)}
                onSubmit={(body, _done, fail) =>
                  update.mutate({ id: note.id, body }, { onSuccess: () => setEditingId(null), onError: fail })
                }
              />
            ) : (
              <>
                <Markdown source={note.body} />
                <div className="note-actions">
                  <button type="button" className="button button-quiet" onClick={() => setEditingId(note.id)}>
                    Edit<span className="visually-hidden"> note from {formatDateTime(note.createdAt)}</span>
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => setDeleting(note)}>
                    Delete<span className="visually-hidden"> note from {formatDateTime(note.createdAt)}</span>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this note?"
        confirmLabel="Delete note"
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={() => {
          setDeleting(null);
          remove.reset();
        }}
        onClosed={() => {
          if (focusHeadingAfterClose.current) heading.current?.focus();
          focusHeadingAfterClose.current = false;
        }}
        onConfirm={() => {
          if (deleting)
            remove.mutate(deleting.id, {
              onSuccess: () => {
                // The Delete button that opened the dialog is gone; focus the list's heading.
                focusHeadingAfterClose.current = true;
                setDeleting(null);
              },
            });
        }}
      >
        <p>The note is removed for good. This can't be undone.</p>
      </ConfirmDialog>
    </>
  );
}
