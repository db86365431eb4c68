import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation, useSearchParams } from "react-router";
import { signInRequest } from "../../../../contract/auth.ts";
import { ApiError } from "../../lib/api.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../ui/form-errors.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFocusFirstError } from "../../ui/use-focus-first-error.ts";
import "./auth-providers.css";
import { oidcErrorMessage } from "./oidc-error-messages.ts";
import { ProviderButtons } from "./ProviderButtons.tsx";
import { useSignInOptions } from "./provider-queries.ts";
import { useSessionData, useSignIn } from "./queries.ts";
import { clearSignedOutNotice, hasSignedOutNotice } from "./sign-out-notice.ts";

const labels = { email: "Email", password: "Password" };

/** The same words for a wrong password and an unknown email, so neither is revealed. */
const wrongCredentialsMessage = "The email or password is incorrect.";

function signInErrors(error: unknown): FormErrors {
  if (error instanceof ApiError && error.code === "invalid_credentials") {
    return { message: wrongCredentialsMessage, fields: {} };
  }
  return errorsFromError(error, labels);
}

/** /sign-in. Where it leads after success is up to RequireSignedOut. */
export function SignInPage() {
  const { registration } = useSessionData();
  const signIn = useSignIn();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  const [signedOut] = useState(hasSignedOutNotice);
  useEffect(clearSignedOutNotice, []);
  const canRegister = registration.needsOwner || registration.mode !== "closed";
  const options = useSignInOptions();
  const providers = options.data?.providers ?? [];
  const passwordSignIn = options.data?.passwordSignIn ?? true;
  const [searchParams] = useSearchParams();
  const providerError = oidcErrorMessage(searchParams.get("error"));
  const returnTo = returnPathOf(useLocation().state);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const data = new FormData(event.currentTarget);
    const input = { email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    const checked = signInRequest.safeParse(input);
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    signIn.mutate(input, { onError: (error) => setErrors(signInErrors(error)) });
  }

  const passwordForm = (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      <TextField
        label={labels.email}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        error={errors.fields.email}
      />
      <TextField
        label={labels.password}
        name="password"
        type="password"
        autoComplete="current-password"
        error={errors.fields.password}
      />
      <FormAlert message={errors.message} />
      <SubmitButton pending={signIn.isPending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );

  return (
    <>
      <PageTitle>Sign in</PageTitle>
      <StatusMessage
        message={signedOut && !signIn.isPending && !errors.message ? "You've signed out. See you next time." : null}
      />
      {registration.needsOwner ? (
        <p className="callout">
          No one has set up this server yet. <Link to="/register">Create the first account</Link> to become its owner.
        </p>
      ) : null}
      <FormAlert message={providerError} />
      <ProviderButtons providers={providers} returnTo={returnTo} />
      {passwordSignIn && providers.length > 0 ? <p className="or-divider">or with your email</p> : null}
      {passwordSignIn ? passwordForm : null}
      {!passwordSignIn && providers.length === 0 && options.data ? (
        <p className="callout">Signing in is not possible right now. Ask the person who runs this server.</p>
      ) : null}
      {canRegister && !registration.needsOwner ? (
        <p className="form-footer">
          {registration.inviteRequired ? "Have an invite? " : "New here? "}
          <Link to="/register">Create an account</Link>
        </p>
      ) : null}
    </>
  );
}

/** Where the person was going before being sent to sign in (RequireOnboarded puts it in state). */
function returnPathOf(state: unknown): string | undefined {
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  return from?.pathname ? `${from.pathname}${from.search ?? ""}` : undefined;
}
