import type { FormEvent } from "react";
import { type Contact, createContactRequest, updateContactRequest } from "../../../../../contract/contacts.ts";
import { FormActions } from "../../../ui/FormActions.tsx";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SelectField } from "../../../ui/SelectField.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useDraft } from "../../../ui/use-draft.ts";
import { useFormErrors } from "../../../ui/use-form-errors.ts";
import { useCompanies } from "../../pipeline/queries.ts";
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
  const companies = useCompanies();
  const { formRef, errors, check, showError } = useFormErrors(labels);
  const { draft, setDraft, set, field } = useDraft(initial, errors);

  // The current company stays choosable even when it is not among the first 200.
  const choices = companies.data?.items ?? [];
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
      onError: showError,
    };
    if (editing) {
      const request = check(updateContactRequest, requestOf(draft));
      if (request) update.mutate(request, options);
    } else {
      const request = check(createContactRequest, requestOf(draft));
      if (request) create.mutate(request, options);
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
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
        <SelectField label={labels.companyId} {...field("companyId")}>
          <option value="">No company</option>
          {missingCurrent ? <option value={missingCurrent.id}>{missingCurrent.name}</option> : null}
          {choices.map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </SelectField>
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
      <FormActions
        message={errors.message}
        pending={mutation.isPending}
        submitLabel={editing ? "Save contact" : "Add contact"}
        pendingLabel={editing ? "Saving…" : "Adding…"}
        onCancel={props.mode === "edit" ? props.onCancel : undefined}
      />
    </form>
  );
}
