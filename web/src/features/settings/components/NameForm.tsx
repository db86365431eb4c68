import { type FormEvent, useRef, useState } from "react";
import { updateProfileRequest } from "../../../../../contract/me.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCurrentUser } from "../../auth/queries.ts";
import { useUpdateName } from "../profile-queries.ts";

const labels = { displayName: "Your name" };

export function NameForm() {
  const user = useCurrentUser();
  const updateName = useUpdateName();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (updateName.isPending) return;
    updateName.reset();
    const input = { displayName: String(new FormData(event.currentTarget).get("displayName") ?? "") };
    const checked = updateProfileRequest.safeParse(input);
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    updateName.mutate(checked.data, { onError: (error) => setErrors(errorsFromError(error, labels)) });
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      <TextField
        label={labels.displayName}
        name="displayName"
        autoComplete="given-name"
        defaultValue={user.displayName}
        error={errors.fields.displayName}
      />
      <FormAlert message={errors.message} />
      <StatusMessage message={updateName.isSuccess ? "Your name is saved." : null} />
      <SubmitButton pending={updateName.isPending} pendingLabel="Saving…" variant="secondary">
        Save name
      </SubmitButton>
    </form>
  );
}
