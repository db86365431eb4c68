import { useState } from "react";
import type { FormErrors } from "./form-errors.ts";

/** The draft's fields that hold text, which inputs and selects edit directly. */
type TextFieldName<Draft> = { [Name in keyof Draft]: Draft[Name] extends string ? Name : never }[keyof Draft] & string;

/**
 * A form's draft. `set(name)` changes one value; `field(name)` gives a TextField or SelectField
 * its name, value, onChange and error in one spread.
 */
export function useDraft<Draft extends object>(initial: Draft | (() => Draft), errors: FormErrors) {
  const [draft, setDraft] = useState<Draft>(initial);
  const set =
    <Name extends keyof Draft>(name: Name) =>
    (value: Draft[Name]) =>
      setDraft((current) => ({ ...current, [name]: value }));
  const field = <Name extends TextFieldName<Draft>>(name: Name) => ({
    name,
    value: draft[name] as string,
    // Read at once: React clears currentTarget before a state updater would run.
    onChange: (event: { currentTarget: { value: string } }) => set(name)(event.currentTarget.value as Draft[Name]),
    error: errors.fields[name],
  });
  return { draft, setDraft, set, field };
}
