import { type FormEvent, useId, useRef, useState } from "react";
import {
  type Company,
  companySizeBands,
  createCompanyRequest,
  updateCompanyRequest,
} from "../../../../../contract/companies.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCreateCompany, useUpdateCompany } from "../companies-queries.ts";

const labels = { name: "Name", website: "Website", sizeBand: "Size", industry: "Industry", notes: "Notes" };

type Draft = Record<keyof typeof labels, string>;

const emptyDraft: Draft = { name: "", website: "", sizeBand: "", industry: "", notes: "" };

function draftOf(company: Company): Draft {
  return {
    name: company.name,
    website: company.website ?? "",
    sizeBand: company.sizeBand ?? "",
    industry: company.industry ?? "",
    notes: company.notes,
  };
}

/** What the form holds as a request: empty optional fields are sent as null, which clears them. */
function requestOf(draft: Draft) {
  return {
    name: draft.name,
    website: draft.website.trim() || null,
    sizeBand: draft.sizeBand || null,
    industry: draft.industry.trim() || null,
    notes: draft.notes,
  };
}

type CompanyFormProps =
  | {
      mode: "create";
      /** Called as a new submit starts, so the page can clear an earlier "Added …" message. */
      onSubmitStart?: () => void;
      onSaved: (company: Company) => void;
    }
  | { mode: "edit"; company: Company; onSaved: (company: Company) => void; onCancel: () => void };

/** Adds a company (name, website, industry, size) or edits every field of one, notes included. */
export function CompanyForm(props: CompanyFormProps) {
  const editing = props.mode === "edit";
  const initial = props.mode === "edit" ? draftOf(props.company) : emptyDraft;
  const create = useCreateCompany();
  const update = useUpdateCompany(props.mode === "edit" ? props.company.id : "");
  const mutation = editing ? update : create;
  const sizeId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  const set = (field: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (props.mode === "create") props.onSubmitStart?.();
    const options = {
      onSuccess: (company: Company) => {
        if (!editing) setDraft(emptyDraft);
        props.onSaved(company);
      },
      onError: (error: unknown) => setErrors(errorsFromError(error, labels)),
    };
    if (editing) {
      const checked = updateCompanyRequest.safeParse(requestOf(draft));
      if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
      setErrors(noErrors);
      update.mutate(checked.data, options);
    } else {
      const checked = createCompanyRequest.safeParse(requestOf(draft));
      if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
      setErrors(noErrors);
      create.mutate(checked.data, options);
    }
  }

  return (
    <form ref={form} className="form" noValidate onSubmit={submit}>
      <TextField
        label={labels.name}
        name="name"
        autoComplete="organization"
        value={draft.name}
        onChange={(event) => set("name")(event.currentTarget.value)}
        error={errors.fields.name}
      />
      <TextField
        label={labels.website}
        name="website"
        type="url"
        inputMode="url"
        autoComplete="url"
        hint="Optional. An address starting with https://"
        value={draft.website}
        onChange={(event) => set("website")(event.currentTarget.value)}
        error={errors.fields.website}
      />
      <TextField
        label={labels.industry}
        name="industry"
        autoComplete="off"
        hint="Optional, e.g. Fintech, Health, Design tools."
        value={draft.industry}
        onChange={(event) => set("industry")(event.currentTarget.value)}
        error={errors.fields.industry}
      />
      <div className="field" data-invalid={errors.fields.sizeBand ? "" : undefined}>
        <label htmlFor={sizeId}>{labels.sizeBand}</label>
        {errors.fields.sizeBand ? (
          <p id={`${sizeId}-error`} className="field-error">
            {errors.fields.sizeBand}
          </p>
        ) : null}
        <select
          id={sizeId}
          name="sizeBand"
          value={draft.sizeBand}
          aria-invalid={errors.fields.sizeBand ? true : undefined}
          aria-describedby={errors.fields.sizeBand ? `${sizeId}-error` : undefined}
          onChange={(event) => set("sizeBand")(event.currentTarget.value)}
        >
          <option value="">Not known</option>
          {companySizeBands.map((band) => (
            <option key={band} value={band}>
              {band} people
            </option>
          ))}
        </select>
      </div>
      {editing ? (
        <MarkdownField
          label={labels.notes}
          name="notes"
          value={draft.notes}
          onChange={set("notes")}
          hint="Markdown. What they make, culture, who you know there."
          error={errors.fields.notes}
          rows={6}
        />
      ) : null}
      <FormAlert message={errors.message} />
      <div className="button-row">
        <SubmitButton pending={mutation.isPending} pendingLabel={editing ? "Saving…" : "Adding…"}>
          {editing ? "Save company" : "Add company"}
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
