import { type FormEvent, useState } from "react";
import { type SmtpAccount, type SmtpSecurity, smtpSettingsRequest } from "../../../../../contract/outbox.ts";
import { DeleteWithConfirmation } from "../../../ui/DeleteWithConfirmation.tsx";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { RadioChoiceList } from "../../../ui/RadioChoiceList.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFormErrors } from "../../../ui/use-form-errors.ts";
import { useCurrentUser } from "../../auth/queries.ts";
import { useRemoveSmtpAccount, useSaveSmtpAccount } from "../email-queries.ts";

const labels = {
  host: "Outgoing (SMTP) server",
  port: "Port",
  security: "Security",
  username: "Sign-in name",
  password: "Password",
  fromName: "Your name, as recipients see it",
  fromAddress: "Your email address",
};

const securityChoices = [
  { value: "tls", label: "TLS", hint: "Encrypted from the start; usually port 465." },
  { value: "starttls", label: "STARTTLS", hint: "Encrypted right after connecting; usually port 587." },
  { value: "none", label: "None", hint: "Not encrypted: only for a mail relay on your own computer or network." },
] as const;

const usualPort: Record<SmtpSecurity, string> = { tls: "465", starttls: "587", none: "25" };

/**
 * Enter, replace or remove the SMTP account. The password field is write-only: the server
 * never sends the password back, so an empty field keeps the saved one.
 */
export function SmtpAccountForm({ account, onRemoved }: { account: SmtpAccount | null; onRemoved: () => void }) {
  const user = useCurrentUser();
  const save = useSaveSmtpAccount();
  const remove = useRemoveSmtpAccount();
  const { formRef, errors, check, showError } = useFormErrors(labels);
  const [security, setSecurity] = useState<SmtpSecurity>(account?.security ?? "tls");
  const [port, setPort] = useState(String(account?.port ?? usualPort.tls));

  function chooseSecurity(next: SmtpSecurity) {
    // Follow the usual port for the choice, unless the person typed their own.
    if (Object.values(usualPort).includes(port) || port === "") setPort(usualPort[next]);
    setSecurity(next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.reset();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    const password = text("password");
    const request = check(smtpSettingsRequest, {
      host: text("host"),
      port: port.trim() === "" ? Number.NaN : Number(port),
      security,
      username: text("username"),
      ...(password ? { password } : {}),
      fromName: text("fromName"),
      fromAddress: text("fromAddress"),
    });
    if (!request) return;
    save.mutate(request, {
      onSuccess: () => {
        const field = form.elements.namedItem("password");
        if (field instanceof HTMLInputElement) field.value = "";
      },
      onError: showError,
    });
  }

  const hasPassword = save.data?.account?.hasPassword ?? account?.hasPassword ?? false;
  return (
    <>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <div className="smtp-server-row">
          <TextField
            label={labels.host}
            name="host"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            placeholder="smtp.example.com"
            defaultValue={account?.host ?? ""}
            error={errors.fields.host}
          />
          <TextField
            label={labels.port}
            name="port"
            inputMode="numeric"
            autoComplete="off"
            value={port}
            onChange={(event) => setPort(event.currentTarget.value)}
            error={errors.fields.port}
          />
        </div>
        <RadioChoiceList
          legend={labels.security}
          name="security"
          value={security}
          options={securityChoices}
          onChange={chooseSecurity}
        />
        <TextField
          label={labels.username}
          name="username"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          defaultValue={account?.username ?? user.email}
          hint="Usually your full email address. Leave it empty only for a server that needs no sign-in."
          error={errors.fields.username}
        />
        <TextField
          label={labels.password}
          name="password"
          type="password"
          // Not the Debrief password: keep the browser from filling that in.
          autoComplete="new-password"
          hint={
            hasPassword
              ? "A password is saved (it is never shown). Leave this empty to keep it, or type a new one."
              : "Gmail, iCloud, Fastmail and most others want an app password here, made in your account's security settings."
          }
          error={errors.fields.password}
        />
        <TextField
          label={labels.fromName}
          name="fromName"
          autoComplete="name"
          defaultValue={account?.fromName ?? user.displayName}
          error={errors.fields.fromName}
        />
        <TextField
          label={labels.fromAddress}
          name="fromAddress"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={account?.fromAddress ?? user.email}
          hint="Messages come from this address, and test emails go to it."
          error={errors.fields.fromAddress}
        />
        <FormAlert message={errors.message} />
        <StatusMessage message={save.isSuccess ? "Saved. Send yourself a test email to check it works." : null} />
        <SubmitButton pending={save.isPending} pendingLabel="Saving…">
          {account ? "Save changes" : "Save account"}
        </SubmitButton>
      </form>
      {account ? (
        <div className="button-row">
          <DeleteWithConfirmation
            label="Remove account"
            title="Remove your email account?"
            remove={{ ...remove, mutate: (_input, options) => remove.mutate(undefined, options) }}
            onDeleted={onRemoved}
          >
            <p>
              Debrief forgets the server and the saved password. Messages still waiting to go out will fail until you
              set up an account again; sent ones stay in your outbox.
            </p>
          </DeleteWithConfirmation>
        </div>
      ) : null}
    </>
  );
}
