import { type RefObject, useEffect } from "react";
import type { FormErrors } from "./form-errors.ts";

/**
 * After a failed submit, moves focus to the first invalid input so keyboard and screen reader
 * users land on the problem (its message is read through aria-describedby).
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: FormErrors): void {
  useEffect(() => {
    if (Object.keys(errors.fields).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
