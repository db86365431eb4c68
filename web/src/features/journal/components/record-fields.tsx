import { useId } from "react";

/** A labelled text area with an optional hint, as every column of a thought record uses. */
export function Area(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="field-hint">
          {props.hint}
        </p>
      ) : null}
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        maxLength={5000}
        value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}

/** A mood's name, or a 0–100 rating when `number` is set. */
export function MoodInput(props: {
  label: string;
  value: string;
  number?: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={props.value}
        maxLength={props.number ? 3 : 60}
        {...(props.number ? { type: "number", min: 0, max: 100, step: 1, inputMode: "numeric" as const } : {})}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      />
    </div>
  );
}
