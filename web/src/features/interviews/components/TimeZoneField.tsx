import { useId } from "react";
import { allTimeZones, browserTimeZone } from "../interview-time.ts";

interface TimeZoneFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/**
 * An IANA time zone: type to search the browser's list (a datalist, so any part of the name
 * matches, e.g. "Berlin" or "New_York"). It starts on the viewer's own zone.
 */
export function TimeZoneField({ label, value, onChange, error }: TimeZoneFieldProps) {
  const id = useId();
  const own = browserTimeZone();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field" data-invalid={error ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        The time zone the invitation gives. Type a city to search, e.g. Berlin.
        {value !== own ? (
          <>
            {" "}
            <button type="button" className="button-link" onClick={() => onChange(own)}>
              Use mine ({own})
            </button>
          </>
        ) : null}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name="timeZone"
        list={`${id}-zones`}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <datalist id={`${id}-zones`}>
        {allTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
