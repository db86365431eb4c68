import { type FormEvent, useEffect, useRef, useState } from "react";
import {
  type DuplicateAction,
  type ImportField,
  type ImportMode,
  type ImportPreview,
  type ImportSummary,
  importFormatLabels,
} from "../../../../../contract/imports.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { RadioChoiceList } from "../../../ui/RadioChoiceList.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { useCommitImport, useRepreview } from "../queries.ts";
import { ColumnMapping } from "./ColumnMapping.tsx";
import { ImportSummaryView } from "./ImportSummaryView.tsx";
import { PreviewTable } from "./PreviewTable.tsx";
import { ProblemList } from "./ProblemList.tsx";

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

const duplicateChoices: { value: DuplicateAction; label: string; hint?: string }[] = [
  { value: "skip", label: "Skip it" },
  {
    value: "update",
    label: "Update the application",
    hint: "Values in the file replace the old ones; notes and tags are added to, never replaced.",
  },
];

const modeChoices: { value: ImportMode; label: string }[] = [
  { value: "all_or_nothing", label: "Import nothing until they are fixed" },
  { value: "valid_rows", label: "Import the rows that are fine and list the others" },
];

interface ImportReviewProps {
  initial: ImportPreview;
  onImported: (summary: ImportSummary) => void;
  onCancel: () => void;
}

/**
 * The preview step: what the file was recognised as, what each column fills (changeable), the
 * first rows as they would be imported, and the two choices — duplicates and bad rows.
 */
export function ImportReview({ initial, onImported, onCancel }: ImportReviewProps) {
  const [preview, setPreview] = useState(initial);
  const [mapping, setMapping] = useState(initial.mapping);
  const [onDuplicate, setOnDuplicate] = useState<DuplicateAction>("skip");
  const [mode, setMode] = useState<ImportMode>("all_or_nothing");
  const [failure, setFailure] = useState<ImportSummary | null>(null);
  const repreview = useRepreview();
  const commit = useCommitImport();
  const heading = useRef<HTMLHeadingElement>(null);
  const failureHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (failure) failureHeading.current?.focus();
  }, [failure]);

  function changeColumn(header: string, field: ImportField | null) {
    const next = { ...mapping, [header]: field };
    setMapping(next);
    setFailure(null);
    repreview.mutate({ importId: preview.importId, mapping: next }, { onSuccess: setPreview });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (commit.isPending) return;
    commit.mutate(
      { importId: preview.importId, request: { mapping, onDuplicate, mode } },
      { onSuccess: (summary) => (summary.status === "failed" ? setFailure(summary) : onImported(summary)) },
    );
  }

  const canImport = preview.mappingProblems.length === 0;
  const willImport = preview.rowCount - preview.invalidRowCount;
  return (
    <form className="form import-review" noValidate onSubmit={submit} aria-busy={repreview.isPending || undefined}>
      <h3 ref={heading} tabIndex={-1}>
        Check “{preview.fileName}”
      </h3>
      <p className="callout">
        Recognised as: <strong>{importFormatLabels[preview.format]}</strong>. {plural(preview.rowCount, "row", "rows")}
        {preview.duplicateCount > 0
          ? `, of which ${plural(preview.duplicateCount, "matches an application", "match applications")} you already have or an earlier line`
          : ""}
        .
      </p>

      {preview.mappingProblems.length > 0 ? (
        <div className="form-alert" role="alert">
          {preview.mappingProblems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      ) : null}

      <ColumnMapping headers={preview.headers} mapping={mapping} sample={preview.sample} onChange={changeColumn} />
      <p className="field-hint" aria-live="polite">
        {repreview.isPending ? "Updating the preview…" : ""}
      </p>
      <FormAlert message={repreview.error?.message} />

      <PreviewTable rows={preview.sample} total={preview.rowCount} />

      {preview.problemCount > 0 ? (
        <div className="import-preview-problems">
          <h4>{plural(preview.invalidRowCount, "row has", "rows have")} problems as the columns are set now</h4>
          <ProblemList problems={preview.problems} total={preview.problemCount} />
        </div>
      ) : null}

      <RadioChoiceList
        legend="If a row matches an application you already have"
        hint="A match is the same job link, or the same company, role and applied date."
        name="onDuplicate"
        value={onDuplicate}
        options={duplicateChoices}
        onChange={setOnDuplicate}
      />

      <RadioChoiceList
        legend="If some rows have problems"
        name="mode"
        value={mode}
        options={modeChoices}
        onChange={setMode}
      />

      {failure ? <ImportSummaryView summary={failure} headingRef={failureHeading} /> : null}
      <FormAlert message={commit.error?.message} />
      <div className="button-row">
        {canImport ? (
          <SubmitButton pending={commit.isPending} pendingLabel="Importing…">
            {mode === "valid_rows" || preview.invalidRowCount === 0
              ? `Import ${plural(Math.max(willImport, 0), "row", "rows")}`
              : `Import ${plural(preview.rowCount, "row", "rows")}`}
          </SubmitButton>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Choose another file
        </button>
      </div>
    </form>
  );
}
