import { useId } from "react";
import { useShownValue } from "../use-shown-value.ts";

interface FilterSelectProps {
  label: string;
  value: string;
  /** The label of the empty choice, e.g. "All kinds of roles". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled select whose first choice means "don't filter by this". */
export function FilterSelect({ label, value, anyLabel, options, onChange }: FilterSelectProps) {
  const id = useId();
  const [shown, setShown] = useShownValue(value);
  const known = shown === "" || options.some((option) => option.value === shown);
  return (
    <div className="field filter-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={shown}
        onChange={(event) => {
          setShown(event.currentTarget.value);
          onChange(event.currentTarget.value);
        }}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {/* A filter from a shared link whose value is not (or not yet) in the list stays visible. */}
        {known ? null : <option value={shown}>{shown}</option>}
      </select>
    </div>
  );
}
