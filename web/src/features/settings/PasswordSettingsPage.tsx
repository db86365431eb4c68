import { type FormEvent, useRef, useState } from "react";
import { changePasswordRequest } from "../../../../contract/auth.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../ui/form-errors.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFocusFirstError } from "../../ui/use-focus-first-error.ts";
import { useChangePassword } from "../auth/queries.ts";
import { useLinkedIdentities } from "./identity-queries.ts";

const labels = { currentPassword: "Current password", newPassword: "New password" };

/**
 * /settings/password. The server signs out every other session when the password changes. An
 * account that signs in only through a provider sets its first password here, without a current one.
 */
export function PasswordSettingsPage() {
  const change = useChangePassword();
  const identities = useLinkedIdentities();
  const hasPassword = identities.data?.hasPassword ?? true;
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    change.reset();
    const element = event.currentTarget;
    const data = new FormData(element);
    const input = {
      ...(hasPassword ? { currentPassword: String(data.get("currentPassword") ?? "") } : {}),
      newPassword: String(data.get("newPassword") ?? ""),
    };
    const checked = changePasswordRequest.safeParse(input);
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    change.mutate(input, {
      onSuccess: () => element.reset(),
      onError: (error) => setErrors(errorsFromError(error, labels)),
    });
  }

  return (
    <>
      <PageTitle documentTitle="Password · Settings">
        {hasPassword ? "Change your password" : "Set a password"}
      </PageTitle>
      <section className="card">
        {hasPassword ? null : <p>You sign in through a linked account and have no password here. You can set one.</p>}
        <form ref={form} className="form" noValidate onSubmit={submit}>
          {hasPassword ? (
            <TextField
              label={labels.currentPassword}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              error={errors.fields.currentPassword}
            />
          ) : null}
          <TextField
            label={labels.newPassword}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            hint="At least 10 characters. Changing it signs you out everywhere else."
            error={errors.fields.newPassword}
          />
          <FormAlert message={errors.message} />
          <StatusMessage
            message={
              change.isSuccess
                ? "Your password is saved. Any other sessions where you were signed in have been signed out."
                : null
            }
          />
          <SubmitButton pending={change.isPending} pendingLabel="Saving…">
            {hasPassword ? "Change password" : "Set password"}
          </SubmitButton>
        </form>
      </section>
    </>
  );
}
