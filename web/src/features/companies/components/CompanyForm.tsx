import type { FormEvent } from "react";
import {
  type Company,
  companySizeBands,
  createCompanyRequest,
  updateCompanyRequest,
} from "../../../../../contract/companies.ts";
import { FormActions } from "../../../ui/FormActions.tsx";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SelectField } from "../../../ui/SelectField.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useDraft } from "../../../ui/use-draft.ts";
import { useFormErrors } from "../../../ui/use-form-errors.ts";
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
  const { formRef, errors, check, showError } = useFormErrors(labels);
  const { draft, setDraft, set, field } = useDraft(initial, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (props.mode === "create") props.onSubmitStart?.();
    const options = {
      onSuccess: (company: Company) => {
        if (!editing) setDraft(emptyDraft);
        props.onSaved(company);
      },
      onError: showError,
    };
    if (editing) {
      const request = check(updateCompanyRequest, requestOf(draft));
      if (request) update.mutate(request, options);
    } else {
      const request = check(createCompanyRequest, requestOf(draft));
      if (request) create.mutate(request, options);
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      <TextField label={labels.name} autoComplete="organization" {...field("name")} />
      <TextField
        label={labels.website}
        type="url"
        inputMode="url"
        autoComplete="url"
        hint="Optional. An address starting with https://"
        {...field("website")}
      />
      <TextField
        label={labels.industry}
        autoComplete="off"
        hint="Optional, e.g. Fintech, Health, Design tools."
        {...field("industry")}
      />
      <SelectField label={labels.sizeBand} {...field("sizeBand")}>
        <option value="">Not known</option>
        {companySizeBands.map((band) => (
          <option key={band} value={band}>
            {band} people
          </option>
        ))}
      </SelectField>
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
      <FormActions
        message={errors.message}
        pending={mutation.isPending}
        submitLabel={editing ? "Save company" : "Add company"}
        pendingLabel={editing ? "Saving…" : "Adding…"}
        onCancel={props.mode === "edit" ? props.onCancel : undefined}
      />
    </form>
  );
}
