import { useId } from "react";
import {
  type ImportField,
  type ImportMapping,
  importFieldLabels,
  importFields,
  type PreviewRow,
} from "../../../../../contract/imports.ts";

/** An example value for each column: the first row that has one, cut short. */
function exampleOf(rows: PreviewRow[], index: number): string | null {
  const value = rows.map((row) => row.values[index]?.trim() ?? "").find((cell) => cell !== "" && cell !== "-");
  if (!value) return null;
  const oneLine = value.replace(/\s+/g, " ");
  return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
}

interface ColumnMappingProps {
  headers: string[];
  mapping: ImportMapping;
  sample: PreviewRow[];
  onChange: (header: string, field: ImportField | null) => void;
}

/** One select per column of the file: which field it fills, or none. */
export function ColumnMapping({ headers, mapping, sample, onChange }: ColumnMappingProps) {
  const id = useId();
  return (
    <fieldset className="fieldset">
      <legend>What each column holds</legend>
      <p className="field-hint">
        Columns set to “Leave out” are not imported. Several columns can add to Notes and Tags.
      </p>
      <div className="import-mapping">
        {headers.map((header, index) => {
          const selectId = `${id}-${index}`;
          const example = exampleOf(sample, index);
          return (
            <div className="field" key={header}>
              <label htmlFor={selectId}>{header}</label>
              {example ? (
                <p className="field-hint import-example" id={`${selectId}-example`}>
                  e.g. {example}
                </p>
              ) : null}
              <select
                id={selectId}
                value={mapping[header] ?? ""}
                aria-describedby={example ? `${selectId}-example` : undefined}
                onChange={(event) => onChange(header, (event.target.value || null) as ImportField | null)}
              >
                <option value="">Leave out</option>
                {importFields.map((field) => (
                  <option key={field} value={field}>
                    {importFieldLabels[field]}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
