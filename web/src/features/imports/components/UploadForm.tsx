import { type FormEvent, useId, useState } from "react";
import type { ImportPreview } from "../../../../../contract/imports.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { useUploadImport } from "../queries.ts";

/** The server's limit, checked here too so a big file isn't sent just to be refused. */
const maxBytes = 10 * 1024 * 1024;

/** Picks a CSV file and sends it for a preview. */
export function UploadForm({ onPreview }: { onPreview: (preview: ImportPreview) => void }) {
  const upload = useUploadImport();
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (upload.isPending) return;
    const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (!file) {
      setFileError("Choose a CSV file first.");
      input?.focus();
      return;
    }
    if (file.size > maxBytes) {
      setFileError("This file is larger than the 10 MB limit. Split it into smaller files and import them one by one.");
      input?.focus();
      return;
    }
    setFileError(null);
    upload.mutate(file, { onSuccess: onPreview });
  }

  const describedBy = [`${id}-hint`, fileError ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <form className="form" noValidate onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>CSV file</label>
        <p id={`${id}-hint`} className="field-hint">
          Exports from LinkedIn (Job Applications or Saved Jobs), Huntr, Teal and JobSync are recognised. Any other
          spreadsheet saved as CSV works too: you choose what each column holds. Up to 10 MB. Nothing is imported until
          you have checked the preview.
        </p>
        {fileError ? (
          <p id={`${id}-error`} className="field-error">
            {fileError}
          </p>
        ) : null}
        <input
          id={id}
          name="file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          aria-describedby={describedBy}
          aria-invalid={fileError ? true : undefined}
          onChange={() => {
            setFileError(null);
            upload.reset();
          }}
        />
      </div>
      <FormAlert message={upload.error?.message} />
      <SubmitButton pending={upload.isPending} pendingLabel="Reading the file…">
        Preview the import
      </SubmitButton>
    </form>
  );
}
