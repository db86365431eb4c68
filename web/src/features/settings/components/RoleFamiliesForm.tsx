import { type FormEvent, useState } from "react";
import { replaceRoleFamiliesRequest } from "../../../../../contract/me.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { useCurrentUser } from "../../auth/queries.ts";
import { RoleFamilyPicker } from "../../onboarding/components/RoleFamilyPicker.tsx";
import { useRoleFamilyChoices } from "../../onboarding/use-role-family-choices.ts";
import { useReplaceRoleFamilies } from "../profile-queries.ts";

const labels = { names: "Your list" };

export function RoleFamiliesForm() {
  const user = useCurrentUser();
  const choices = useRoleFamilyChoices(user.roleFamilies.map((family) => family.name));
  const replace = useReplaceRoleFamilies();
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (replace.isPending) return;
    replace.reset();
    const checked = replaceRoleFamiliesRequest.safeParse({ names: choices.selected });
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    replace.mutate(checked.data.names, { onError: (error) => setErrors(errorsFromError(error, labels)) });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <RoleFamilyPicker
        legend="What kinds of roles are you looking for?"
        hint="Check the ones that fit. Unchecked ones are not saved."
        error={errors.fields.names}
        choices={choices}
      />
      <FormAlert message={errors.message} />
      <StatusMessage message={replace.isSuccess ? "Your list of roles is saved." : null} />
      <SubmitButton pending={replace.isPending} pendingLabel="Saving…" variant="secondary">
        Save roles
      </SubmitButton>
    </form>
  );
}
