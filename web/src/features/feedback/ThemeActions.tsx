import { type FormEvent, useState } from "react";
import { DeleteWithConfirmation } from "../../ui/DeleteWithConfirmation.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDeleteTheme, useRenameTheme } from "./feedback-queries.ts";

/** Rename or delete one of the person's own themes; its items stay (untagged after a delete). */
export function ThemeActions({ theme }: { theme: { id: string; name: string } }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(theme.name);
  const rename = useRenameTheme(theme.id);
  const remove = useDeleteTheme(theme.id);

  if (renaming) {
    const submit = (event: FormEvent) => {
      event.preventDefault();
      rename.mutate(name.trim(), { onSuccess: () => setRenaming(false) });
    };
    return (
      <form className="theme-rename" onSubmit={submit} noValidate>
        <TextField
          label={`New name for “${theme.name}”`}
          name="themeName"
          value={name}
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
          error={rename.error?.message}
          // The field was just asked for with the Rename button: focus goes straight to it.
          autoFocus
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={rename.isPending || undefined}>
            Save name
          </button>
          <button type="button" className="button button-secondary" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setName(theme.name);
          rename.reset();
          setRenaming(true);
        }}
      >
        Rename<span className="visually-hidden"> “{theme.name}”</span>
      </button>
      <DeleteWithConfirmation
        label="Delete theme"
        title={`Delete the theme “${theme.name}”?`}
        remove={remove}
        onDeleted={() => {}}
      >
        <p>The feedback items tagged with it stay in your log, untagged.</p>
      </DeleteWithConfirmation>
    </div>
  );
}
