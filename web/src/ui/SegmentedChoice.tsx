import type { ReactNode } from "react";
import "./segmented-choice.css";

interface SegmentedChoiceProps<Value extends string> {
  legend: string;
  /** The radio group's name; unique in the page. */
  name: string;
  value: Value;
  options: readonly { value: Value; label: string }[];
  onChange: (value: Value) => void;
  hint?: ReactNode;
  error?: string | undefined;
}

/** One of a few choices, as radio buttons in a row (a fieldset, so the legend names the group). */
export function SegmentedChoice<Value extends string>(props: SegmentedChoiceProps<Value>) {
  const { legend, name, value, options, onChange, hint, error } = props;
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {error ? <p className="field-error">{error}</p> : null}
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className="segmented-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
