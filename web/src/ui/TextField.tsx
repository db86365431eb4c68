import { type InputHTMLAttributes, type ReactNode, useId } from "react";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "aria-invalid"> {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Monospace input, for codes and secrets people compare character by character. */
  mono?: boolean;
}

/**
 * A labelled input with an optional hint and error, both tied to it with aria-describedby so
 * screen readers read them when the input gets focus.
 */
export function TextField({ label, hint, error, mono, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className="field" data-invalid={error ? "" : undefined}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <input
        id={id}
        className={mono ? "mono" : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}
