import { type FormEvent, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { type RegisterRequest, registerRequest } from "../../../../contract/auth.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import {
  errorsFromError,
  errorsFromProblems,
  type FormErrors,
  noErrors,
  problemsFromIssues,
} from "../../ui/form-errors.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFocusFirstError } from "../../ui/use-focus-first-error.ts";
import "./auth-providers.css";
import { ProviderButtons } from "./ProviderButtons.tsx";
import { useSignInOptions } from "./provider-queries.ts";
import { useRegister, useSessionData } from "./queries.ts";

const labels = { email: "Email", password: "Password", inviteToken: "Invite code" };

/** /register: the first account becomes the owner; later ones follow the owner's registration mode. */
export function RegisterPage() {
  const { registration } = useSessionData();
  const [searchParams] = useSearchParams();
  const inviteFromLink = searchParams.get("invite") ?? "";
  const register = useRegister();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);
  const options = useSignInOptions();
  // The owner's first account is always made with a password: no provider exists yet.
  const providers = registration.needsOwner ? [] : (options.data?.providers ?? []);
  const passwordSignIn = registration.needsOwner || (options.data?.passwordSignIn ?? true);
  // Arriving from a circle invite: come back to it after signing up through a provider.
  const circleToken = searchParams.get("circle");
  const circleReturn = circleToken ? `/circle/join?token=${encodeURIComponent(circleToken)}` : undefined;

  if (registration.mode === "closed" && !registration.needsOwner) return <RegistrationClosed />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (register.isPending) return;
    const data = new FormData(event.currentTarget);
    const inviteToken = String(data.get("inviteToken") ?? "").trim();
    const input: RegisterRequest = {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      ...(inviteToken ? { inviteToken } : {}),
      // A circle invite stands in for a registration invite (the server checks it).
      ...(circleToken ? { circleInviteToken: circleToken } : {}),
    };
    const checked = registerRequest.safeParse(input);
    const problems = checked.success ? [] : problemsFromIssues(checked.error.issues);
    if (registration.inviteRequired && !inviteToken && !circleToken)
      problems.push({ path: "inviteToken", message: "is required" });
    if (problems.length) return setErrors(errorsFromProblems(problems, labels));
    setErrors(noErrors);
    register.mutate(input, { onError: (error) => setErrors(errorsFromError(error, labels)) });
  }

  return (
    <>
      <PageTitle>Create your account</PageTitle>
      {registration.needsOwner ? (
        <p className="callout">
          <strong>You'll be the owner of this server.</strong> As the first person here, you decide who else can create
          an account.
        </p>
      ) : null}
      {registration.inviteRequired && !circleToken ? (
        <p className="lead">This server is invite-only. Your invite link fills in the invite code for you.</p>
      ) : null}
      <ProviderButtons providers={providers} invite={inviteFromLink || undefined} returnTo={circleReturn} />
      {passwordSignIn && providers.length > 0 ? <p className="or-divider">or with your email and a password</p> : null}
      {passwordSignIn ? (
        <form ref={form} className="form" noValidate onSubmit={submit}>
          <TextField
            label={labels.email}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            error={errors.fields.email}
          />
          <TextField
            label={labels.password}
            name="password"
            type="password"
            autoComplete="new-password"
            hint="At least 10 characters. A few unrelated words make a strong password that is easy to remember."
            error={errors.fields.password}
          />
          {registration.inviteRequired && !circleToken ? (
            <TextField
              label={labels.inviteToken}
              name="inviteToken"
              defaultValue={inviteFromLink}
              autoComplete="off"
              spellCheck={false}
              mono
              hint={
                inviteFromLink ? "Filled in from your invite link." : "Paste the code from the invite you received."
              }
              error={errors.fields.inviteToken}
            />
          ) : null}
          <FormAlert message={errors.message} />
          <SubmitButton pending={register.isPending} pendingLabel="Creating your account…">
            Create account
          </SubmitButton>
        </form>
      ) : null}
      <p className="form-footer">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </>
  );
}

function RegistrationClosed() {
  return (
    <>
      <PageTitle>Sign-ups are closed</PageTitle>
      <p className="lead">
        Registration is closed on this server, so new accounts can't be created right now. If you know the person who
        runs it, ask them for an invite.
      </p>
      <p className="form-footer">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
