import { type ReactNode, type SelectHTMLAttributes, useId } from "react";

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "aria-invalid"> {
  label: string;
  name: string;
  /** The <option>s. */
  children: ReactNode;
  error?: string | undefined;
}

/** A labelled <select> with an optional error tied to it with aria-describedby, like TextField. */
export function SelectField({ label, error, children, ...select }: SelectFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field" data-invalid={error ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}
