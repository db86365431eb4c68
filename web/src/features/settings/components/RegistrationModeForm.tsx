import { type FormEvent, useId, useState } from "react";
import type { RegistrationMode } from "../../../../../contract/auth.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { useUpdateInstanceSettings } from "../admin-queries.ts";

const modes: { value: RegistrationMode; label: string; hint: string }[] = [
  { value: "open", label: "Open", hint: "Anyone who can reach this server can create an account." },
  { value: "invite_only", label: "Invite only", hint: "People need an invite link from you." },
  { value: "closed", label: "Closed", hint: "No new accounts. Existing people can still sign in." },
];

/** The owner's choice of who may create accounts. */
export function RegistrationModeForm({ current }: { current: RegistrationMode }) {
  const id = useId();
  const update = useUpdateInstanceSettings();
  const [mode, setMode] = useState<RegistrationMode>(current);
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    update.reset();
    setErrors(noErrors);
    update.mutate({ registrationMode: mode }, { onError: (error) => setErrors(errorsFromError(error, {})) });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <fieldset className="fieldset">
        <legend>Who can create an account on this server?</legend>
        <ul className="choice-list">
          {modes.map((option) => (
            <li key={option.value} className="choice choice-with-hint">
              <input
                type="radio"
                id={`${id}-${option.value}`}
                name="registrationMode"
                value={option.value}
                checked={mode === option.value}
                aria-describedby={`${id}-${option.value}-hint`}
                onChange={() => setMode(option.value)}
              />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
              <p id={`${id}-${option.value}-hint`} className="field-hint">
                {option.hint}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormAlert message={errors.message} />
      <StatusMessage message={update.isSuccess ? "Saved. New sign-ups follow this choice from now on." : null} />
      <SubmitButton pending={update.isPending} pendingLabel="Saving…" variant="secondary">
        Save
      </SubmitButton>
    </form>
  );
}
