import { type FormEvent, useId, useRef, useState } from "react";
import type { Win, WinSize } from "../../../../../contract/strengths.ts";
import { TextField } from "../../../ui/TextField.tsx";
import { useDeleteWin, useUpdateWin } from "../strengths-queries.ts";
import { InlineEditForm } from "./InlineEditForm.tsx";
import { WinDetailFields } from "./WinDetailFields.tsx";

/** One win: what, when, how big; Edit opens it in place (Cancel puts it back untouched). */
export function WinRow({ win }: { win: Win }) {
  const remove = useDeleteWin();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    // Back to where the person was, for keyboard and screen-reader users.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  if (editing) return <WinEditor win={win} onDone={close} />;
  return (
    <li>
      <div className="row-line">
        <span>
          <strong>{win.title}</strong>{" "}
          <span className="field-hint">
            {win.happenedOn} · {win.size === "large" ? "large" : "small"}
            {win.jobRelated ? " · job search" : ""}
          </span>
        </span>
        <span className="row-actions">
          <button ref={editButton} type="button" className="button button-quiet" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> win {win.title}</span>
          </button>
          <button type="button" className="button button-secondary" onClick={() => remove.mutate(win.id)}>
            Delete<span className="visually-hidden"> win {win.title}</span>
          </button>
        </span>
      </div>
      {win.notes ? <p className="field-hint">{win.notes}</p> : null}
    </li>
  );
}

function WinEditor({ win, onDone }: { win: Win; onDone: () => void }) {
  const id = useId();
  const update = useUpdateWin();
  const [title, setTitle] = useState(win.title);
  const [notes, setNotes] = useState(win.notes);
  const [size, setSize] = useState<WinSize>(win.size);
  const [jobRelated, setJobRelated] = useState(win.jobRelated);
  const [happenedOn, setHappenedOn] = useState(win.happenedOn);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim() || !happenedOn) {
      setError(title.trim() ? "Pick the day it happened." : "Write a few words about the win.");
      return;
    }
    setError(null);
    try {
      await update.mutateAsync({
        id: win.id,
        body: { title: title.trim(), notes: notes.trim(), size, jobRelated, happenedOn },
      });
      onDone();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Couldn't save the win. Try again.");
    }
  }

  return (
    <li>
      <InlineEditForm
        label={`Edit win ${win.title}`}
        saveLabel="Save win"
        pending={update.isPending}
        onSubmit={submit}
        onCancel={onDone}
      >
        <TextField
          label="Win"
          name="title"
          maxLength={200}
          value={title}
          error={error ?? undefined}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <div className="field">
          <label htmlFor={`${id}-notes`}>Notes (optional)</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            maxLength={5000}
            value={notes}
            onChange={(event) => setNotes(event.currentTarget.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-day`}>When</label>
          <input
            id={`${id}-day`}
            type="date"
            value={happenedOn}
            required
            onChange={(event) => setHappenedOn(event.currentTarget.value)}
          />
        </div>
        <WinDetailFields id={id} size={size} onSize={setSize} jobRelated={jobRelated} onJobRelated={setJobRelated} />
      </InlineEditForm>
    </li>
  );
}
