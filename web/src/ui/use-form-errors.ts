import { useRef, useState } from "react";
import type { ZodType } from "zod";
import { errorsFromError, errorsFromIssues, type FieldLabels, type FormErrors, noErrors } from "./form-errors.ts";
import { useFocusFirstError } from "./use-focus-first-error.ts";

/**
 * A form's errors: `check` tests a request against its contract schema before it is sent,
 * `showError` places what the server answered; after either, focus goes to the first invalid
 * input of the form `formRef` is attached to.
 */
export function useFormErrors(labels: FieldLabels) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(formRef, errors);

  /** The request as the schema parses it, errors cleared; or null, with what is wrong shown. */
  function check<Request>(schema: ZodType<Request>, request: unknown): Request | null {
    const checked = schema.safeParse(request);
    if (!checked.success) {
      setErrors(errorsFromIssues(checked.error.issues, labels));
      return null;
    }
    setErrors(noErrors);
    return checked.data;
  }

  const showError = (error: unknown) => setErrors(errorsFromError(error, labels));

  return { formRef, errors, check, showError };
}
