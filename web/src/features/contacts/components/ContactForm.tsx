import { type FormEvent, useId, useRef, useState } from "react";
import { type Contact, createContactRequest, updateContactRequest } from "../../../../../contract/contacts.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCompanyChoices } from "../../companies/companies-queries.ts";
import { useCreateContact, useUpdateContact } from "../contacts-queries.ts";

const labels = {
  name: "Name",
  roleTitle: "Role",
  email: "Email",
  phone: "Phone",
  profileUrl: "Profile link",
  companyId: "Company",
  notes: "Notes",
};

type Draft = Record<keyof typeof labels, string>;

const emptyDraft: Draft = { name: "", roleTitle: "", email: "", phone: "", profileUrl: "", companyId: "", notes: "" };

function draftOf(contact: Contact): Draft {
  return {
    name: contact.name,
    roleTitle: contact.roleTitle ?? "",
    email: contact.email ?? "",
    phone: contact.phone ?? "",
    profileUrl: contact.profileUrl ?? "",
    companyId: contact.companyId ?? "",
    notes: contact.notes,
  };
}

/** What the form holds as a request: empty optional fields are sent as null, which clears them. */
function requestOf(draft: Draft) {
  return {
    name: draft.name,
    roleTitle: draft.roleTitle.trim() || null,
    email: draft.email.trim() || null,
    phone: draft.phone.trim() || null,
    profileUrl: draft.profileUrl.trim() || null,
    companyId: draft.companyId || null,
    notes: draft.notes,
  };
}

type ContactFormProps =
  | {
      mode: "create";
      /** Files the new contact under this company (the company page) instead of offering a choice. */
      company?: { id: string; name: string };
      /** Called as a new submit starts, so the page can clear an earlier "Added …" message. */
      onSubmitStart?: () => void;
      onSaved: (contact: Contact) => void;
    }
  | { mode: "edit"; contact: Contact; onSaved: (contact: Contact) => void; onCancel: () => void };

/** Adds a contact or edits one: who they are, how to reach them, where they work. */
export function ContactForm(props: ContactFormProps) {
  const editing = props.mode === "edit";
  const fixedCompany = props.mode === "create" ? props.company : undefined;
  const initial = props.mode === "edit" ? draftOf(props.contact) : { ...emptyDraft, companyId: fixedCompany?.id ?? "" };
  const create = useCreateContact();
  const update = useUpdateContact(props.mode === "edit" ? props.contact.id : "");
  const mutation = editing ? update : create;
  const companies = useCompanyChoices();
  const companyFieldId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  const set = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  // The current company stays choosable even when it is not among the first 200.
  const choices = companies.data ?? [];
  const current = props.mode === "edit" ? props.contact : null;
  const missingCurrent =
    current?.companyId && !choices.some((company) => company.id === current.companyId)
      ? { id: current.companyId, name: current.companyName ?? "Current company" }
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (props.mode === "create") props.onSubmitStart?.();
    const options = {
      onSuccess: (contact: Contact) => {
        if (!editing) setDraft({ ...emptyDraft, companyId: fixedCompany?.id ?? "" });
        props.onSaved(contact);
      },
      onError: (error: unknown) => setErrors(errorsFromError(error, labels)),
    };
    if (editing) {
      const checked = updateContactRequest.safeParse(requestOf(draft));
      if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
      setErrors(noErrors);
      update.mutate(checked.data, options);
    } else {
      const checked = createContactRequest.safeParse(requestOf(draft));
      if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
      setErrors(noErrors);
      create.mutate(checked.data, options);
    }
  }

  const field = (name: "name" | "roleTitle" | "email" | "phone" | "profileUrl") => ({
    name,
    value: draft[name],
    onChange: (event: { currentTarget: HTMLInputElement }) => set(name)(event.currentTarget.value),
    error: errors.fields[name],
  });

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      <TextField label={labels.name} autoComplete="off" {...field("name")} />
      <TextField
        label={labels.roleTitle}
        autoComplete="off"
        hint="Optional, e.g. Recruiter, Design Manager."
        {...field("roleTitle")}
      />
      <TextField label={labels.email} type="email" inputMode="email" autoComplete="off" {...field("email")} />
      <TextField label={labels.phone} type="tel" inputMode="tel" autoComplete="off" {...field("phone")} />
      <TextField
        label={labels.profileUrl}
        type="url"
        inputMode="url"
        autoComplete="off"
        hint="Optional. LinkedIn or a personal site, starting with https://"
        {...field("profileUrl")}
      />
      {fixedCompany ? null : (
        <div className="field" data-invalid={errors.fields.companyId ? "" : undefined}>
          <label htmlFor={companyFieldId}>{labels.companyId}</label>
          {errors.fields.companyId ? (
            <p id={`${companyFieldId}-error`} className="field-error">
              {errors.fields.companyId}
            </p>
          ) : null}
          <select
            id={companyFieldId}
            name="companyId"
            value={draft.companyId}
            aria-invalid={errors.fields.companyId ? true : undefined}
            aria-describedby={errors.fields.companyId ? `${companyFieldId}-error` : undefined}
            onChange={(event) => set("companyId")(event.currentTarget.value)}
          >
            <option value="">No company</option>
            {missingCurrent ? <option value={missingCurrent.id}>{missingCurrent.name}</option> : null}
            {choices.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {editing ? (
        <MarkdownField
          label={labels.notes}
          name="notes"
          value={draft.notes}
          onChange={set("notes")}
          hint="Markdown. How you met, what you talked about."
          error={errors.fields.notes}
          rows={5}
        />
      ) : null}
      <FormAlert message={errors.message} />
      <div className="button-row">
        <SubmitButton pending={mutation.isPending} pendingLabel={editing ? "Saving…" : "Adding…"}>
          {editing ? "Save contact" : "Add contact"}
        </SubmitButton>
        {props.mode === "edit" ? (
          <button type="button" className="button button-secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
