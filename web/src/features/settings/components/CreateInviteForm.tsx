import { type FormEvent, useId, useRef, useState } from "react";
import { type CreatedInvite, createInviteRequest } from "../../../../../contract/admin.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCreateInvite } from "../admin-queries.ts";

const labels = { email: "Email (optional)", note: "Note (optional)", expiresInDays: "Expires after" };
const lifetimes = [1, 3, 7, 14, 30, 90];

/** Makes a single-use invite link; hands the one-time link to the page. */
export function CreateInviteForm({ onCreated }: { onCreated: (created: CreatedInvite) => void }) {
  const create = useCreateInvite();
  const selectId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const element = event.currentTarget;
    const data = new FormData(element);
    const email = String(data.get("email") ?? "").trim();
    const note = String(data.get("note") ?? "").trim();
    const input = {
      ...(email ? { email } : {}),
      ...(note ? { note } : {}),
      expiresInDays: Number(data.get("expiresInDays") ?? 14),
    };
    const checked = createInviteRequest.safeParse(input);
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    create.mutate(input, {
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
        label={labels.email}
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint="For your own records. Debrief doesn't send the invite: you share the link yourself."
        error={errors.fields.email}
      />
      <TextField
        label={labels.note}
        name="note"
        autoComplete="off"
        hint="Who it's for, or why."
        error={errors.fields.note}
      />
      <div className="field">
        <label htmlFor={selectId}>{labels.expiresInDays}</label>
        <select id={selectId} name="expiresInDays" defaultValue="14">
          {lifetimes.map((days) => (
            <option key={days} value={days}>
              {days === 1 ? "1 day" : `${days} days`}
            </option>
          ))}
        </select>
      </div>
      <FormAlert message={errors.message} />
      <SubmitButton pending={create.isPending} pendingLabel="Creating…">
        Create invite
      </SubmitButton>
    </form>
  );
}
