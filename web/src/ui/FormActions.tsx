import { FormAlert } from "./FormAlert.tsx";
import { SubmitButton } from "./SubmitButton.tsx";

interface FormActionsProps {
  /** The form-level error line (FormErrors.message). */
  message: string | null;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** When given, a Cancel button follows the submit button. */
  onCancel?: () => void;
}

/** The end of a form: its error line, then submit and (when editing) Cancel. */
export function FormActions({ message, pending, submitLabel, pendingLabel, onCancel }: FormActionsProps) {
  return (
    <>
      <FormAlert message={message} />
      <div className="button-row">
        <SubmitButton pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </>
  );
}
