import { type FormEvent, useRef, useState } from "react";
import { onboardingRequest } from "../../../../contract/me.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../ui/form-errors.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFocusFirstError } from "../../ui/use-focus-first-error.ts";
import { useCurrentUser } from "../auth/queries.ts";
import { RoleFamilyPicker } from "./components/RoleFamilyPicker.tsx";
import { useCompleteOnboarding } from "./queries.ts";
import { useRoleFamilyChoices } from "./use-role-family-choices.ts";

const labels = { displayName: "Your name", roleFamilies: "Your list" };

/** /welcome: two questions after signing up. Only the name is needed; roles can wait. */
export function WelcomePage() {
  const user = useCurrentUser();
  const choices = useRoleFamilyChoices(user.roleFamilies.map((family) => family.name));
  const complete = useCompleteOnboarding();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (complete.isPending) return;
    const input = {
      displayName: String(new FormData(event.currentTarget).get("displayName") ?? ""),
      roleFamilies: choices.selected,
    };
    const checked = onboardingRequest.safeParse(input);
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    complete.mutate(checked.data, { onError: (error) => setErrors(errorsFromError(error, labels)) });
  }

  return (
    <>
      <PageTitle>Welcome to Debrief</PageTitle>
      <p className="lead">Two quick questions to set things up. You can change both later in Settings.</p>
      <form ref={form} className="form" noValidate onSubmit={submit}>
        <TextField
          label={labels.displayName}
          name="displayName"
          autoComplete="given-name"
          defaultValue={user.displayName}
          hint="What Debrief calls you when it greets you."
          error={errors.fields.displayName}
        />
        <RoleFamilyPicker
          legend="What kinds of roles are you looking for?"
          hint="Pick any that fit, or add your own. It's fine to leave this for later."
          error={errors.fields.roleFamilies}
          choices={choices}
        />
        <FormAlert message={errors.message} />
        <SubmitButton pending={complete.isPending} pendingLabel="Saving…">
          Continue
        </SubmitButton>
      </form>
    </>
  );
}
