import { useId } from "react";

interface ExcitementPickerProps {
  legend: string;
  name: string;
  error?: string | undefined;
  defaultValue?: number | null;
}

const choices = [1, 2, 3, 4, 5] as const;

/**
 * Excitement as six radio buttons (not set, 1–5) styled as a row of chips; each says its number
 * and shows stars, so the choice never rests on colour.
 */
export function ExcitementPicker({ legend, name, error, defaultValue = null }: ExcitementPickerProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="fieldset excitement-picker"
      aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
    >
      <legend>{legend}</legend>
      <p id={hintId} className="field-hint">
        How much do you want this one? 1 is “worth a try”, 5 is “dream job”.
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="excitement-choices">
        <span className="excitement-choice">
          <input type="radio" id={`${id}-none`} name={name} value="" defaultChecked={defaultValue == null} />
          <label className="excitement-chip" htmlFor={`${id}-none`}>
            Not sure
          </label>
        </span>
        {choices.map((value) => (
          <span key={value} className="excitement-choice">
            <input
              type="radio"
              id={`${id}-${value}`}
              name={name}
              value={value}
              defaultChecked={defaultValue === value}
            />
            <label className="excitement-chip" htmlFor={`${id}-${value}`}>
              <span aria-hidden="true">★</span> {value}
            </label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
