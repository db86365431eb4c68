import { type FormEvent, useState } from "react";
import type { RegistrationMode } from "../../../../../contract/auth.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { RadioChoiceList } from "../../../ui/RadioChoiceList.tsx";
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
      <RadioChoiceList
        legend="Who can create an account on this server?"
        name="registrationMode"
        value={mode}
        options={modes}
        onChange={setMode}
      />
      <FormAlert message={errors.message} />
      <StatusMessage message={update.isSuccess ? "Saved. New sign-ups follow this choice from now on." : null} />
      <SubmitButton pending={update.isPending} pendingLabel="Saving…" variant="secondary">
        Save
      </SubmitButton>
    </form>
  );
}
