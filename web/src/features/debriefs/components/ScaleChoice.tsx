import { type ReactNode, useId } from "react";

export interface ScaleOption<Value extends string | number> {
  value: Value;
  /** What the button shows: "+2", "4", "Yes". */
  text: string;
  /** What it means: "Energized". Read with the text by screen readers and shown once chosen. */
  label: string;
}

interface ScaleChoiceProps<Value extends string | number> {
  legend: string;
  /** Names the answer for "Clear …" (e.g. "energy"). */
  what: string;
  hint?: ReactNode;
  /** The radio group's name; unique in the page. */
  name: string;
  options: readonly ScaleOption<Value>[];
  value: Value | null;
  onChange: (value: Value | null) => void;
  /** Show the first and last option's meaning under the ends of the row (for numbered scales). */
  showEnds?: boolean;
  error?: string | undefined;
}

/**
 * One answer from a row of large radio buttons, sized for a thumb. Every answer is optional,
 * so a chosen one can be cleared again (native radios can't be unticked).
 */
export function ScaleChoice<Value extends string | number>(props: ScaleChoiceProps<Value>) {
  const { legend, what, hint, name, options, value, onChange, showEnds, error } = props;
  const id = useId();
  const chosen = options.find((option) => option.value === value);
  const first = options[0];
  const last = options.at(-1);
  return (
    <fieldset
      className="fieldset scale-choice"
      aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim() || undefined}
      data-invalid={error ? "" : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="scale-options" data-count={options.length}>
        {options.map((option) => (
          <label key={option.value} className="scale-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.text}</span>
            {option.label !== option.text ? <span className="visually-hidden"> {option.label}</span> : null}
          </label>
        ))}
      </div>
      {showEnds && first && last ? (
        // The ends are the first and last option's own labels, which screen readers already hear.
        <div className="scale-ends" aria-hidden="true">
          <span>{first.label}</span>
          <span>{last.label}</span>
        </div>
      ) : null}
      {chosen || showEnds ? (
        <p className="scale-chosen">
          {chosen ? (
            <>
              {showEnds ? <span aria-hidden="true">{chosen.label}</span> : null}
              <button type="button" className="button-link" onClick={() => onChange(null)}>
                Clear<span className="visually-hidden"> {what}</span>
              </button>
            </>
          ) : (
            <span className="scale-unrated">Not rated</span>
          )}
        </p>
      ) : null}
    </fieldset>
  );
}
