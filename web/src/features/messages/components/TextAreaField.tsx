import { useId } from "react";

/** A labelled textarea with an optional hint and error tied to it, like TextField for one line. */
export function TextAreaField(props: {
  label: string;
  name: string;
  hint?: string;
  value: string;
  rows: number;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field" data-invalid={props.error ? "" : undefined}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={
          [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""].join(" ").trim() || undefined
        }
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
