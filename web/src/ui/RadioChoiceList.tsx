import { type ReactNode, useId } from "react";

interface RadioChoiceListProps<Value extends string> {
  legend: string;
  hint?: ReactNode;
  /** The radio group's name. */
  name: string;
  value: Value;
  /** Each choice, with an optional line under it that says what it means. */
  options: readonly { value: Value; label: string; hint?: string }[];
  onChange: (value: Value) => void;
}

/** One of a few choices as a list of radio buttons, each with its label (and hint) beside it. */
export function RadioChoiceList<Value extends string>(props: RadioChoiceListProps<Value>) {
  const { legend, hint, name, value, options, onChange } = props;
  const id = useId();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      <ul className="choice-list">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <li key={option.value} className={option.hint ? "choice choice-with-hint" : "choice"}>
              <input
                type="radio"
                id={inputId}
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={inputId}>{option.label}</label>
              {option.hint ? (
                <p id={`${inputId}-hint`} className="field-hint">
                  {option.hint}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
