import { type FormEvent, useId, useRef, useState } from "react";
import { type CreatedToken, createTokenRequest } from "../../../../../contract/tokens.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCreateToken } from "../tokens-queries.ts";

const labels = { name: "Token name", expiresInDays: "Expires after" };

const lifetimes = [
  { days: "30", label: "30 days" },
  { days: "90", label: "90 days" },
  { days: "365", label: "1 year" },
  { days: "", label: "Never (until you revoke it)" },
];

/** Names a new token and picks its lifetime; hands the one-time secret to the page. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const create = useCreateToken();
  const selectId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const data = new FormData(element);
    const days = String(data.get("expiresInDays") ?? "");
    const input = { name: String(data.get("name") ?? ""), ...(days ? { expiresInDays: Number(days) } : {}) };
    const checked = createTokenRequest.safeParse(input);
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    create.mutate(checked.data, {
      onSuccess: (created) => {
        element.reset();
        onCreated(created);
      },
      onError: (error) => setErrors(errorsFromError(error, labels)),
    });
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      <TextField
        label={labels.name}
        name="name"
        autoComplete="off"
        hint="Something that tells you where it's used, like “Laptop CLI” or “Backup script”."
        error={errors.fields.name}
      />
      <div className="field">
        <label htmlFor={selectId}>{labels.expiresInDays}</label>
        <select id={selectId} name="expiresInDays" defaultValue="90">
          {lifetimes.map((lifetime) => (
            <option key={lifetime.days} value={lifetime.days}>
              {lifetime.label}
            </option>
          ))}
        </select>
      </div>
      <FormAlert message={errors.message} />
      <SubmitButton pending={create.isPending} pendingLabel="Creating…">
        Create token
      </SubmitButton>
    </form>
  );
}
