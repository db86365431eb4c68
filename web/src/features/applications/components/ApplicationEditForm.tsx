import { type FormEvent, useId } from "react";
import {
  type Application,
  suggestedSources,
  type UpdateApplicationRequest,
  updateApplicationRequest,
  workModeLabels,
  workModes,
} from "../../../../../contract/applications.ts";
import { FormActions } from "../../../ui/FormActions.tsx";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SegmentedChoice } from "../../../ui/SegmentedChoice.tsx";
import { SelectField } from "../../../ui/SelectField.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useDraft } from "../../../ui/use-draft.ts";
import { useFormErrors } from "../../../ui/use-form-errors.ts";
import { useCurrentUser } from "../../auth/queries.ts";
import { useTags, useUpdateApplication } from "../application-detail-queries.ts";
import { TagInput } from "./TagInput.tsx";

const labels = {
  roleTitle: "Role",
  companyName: "Company",
  companyId: "Company",
  roleFamilyId: "Kind of role",
  tags: "Tags",
  jobUrl: "Job posting link",
  location: "Location",
  workMode: "Work mode",
  salaryMin: "Salary from",
  salaryMax: "Salary to",
  salaryCurrency: "Currency",
  source: "Source",
  excitement: "Excitement",
  foundOn: "Found on",
  appliedOn: "Applied on",
  closedOn: "Closed on",
  notes: "Notes",
};

const commonCurrencies = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR", "JPY"];

const excitementChoices = [
  { value: "", label: "Not set" },
  { value: "1", label: "1" },
  { value: "2", label: "2" },
  { value: "3", label: "3" },
  { value: "4", label: "4" },
  { value: "5", label: "5" },
];

type Draft = Record<
  | "roleTitle"
  | "companyName"
  | "roleFamilyId"
  | "jobUrl"
  | "location"
  | "workMode"
  | "salaryMin"
  | "salaryMax"
  | "salaryCurrency"
  | "source"
  | "excitement"
  | "foundOn"
  | "appliedOn"
  | "closedOn"
  | "notes",
  string
> & { tags: string[] };

function draftOf(application: Application): Draft {
  return {
    roleTitle: application.roleTitle,
    companyName: application.companyName ?? "",
    roleFamilyId: application.roleFamilyId ?? "",
    tags: application.tags,
    jobUrl: application.jobUrl ?? "",
    location: application.location ?? "",
    workMode: application.workMode ?? "",
    salaryMin: application.salaryMin == null ? "" : String(application.salaryMin),
    salaryMax: application.salaryMax == null ? "" : String(application.salaryMax),
    salaryCurrency: application.salaryCurrency ?? "",
    source: application.source ?? "",
    excitement: application.excitement == null ? "" : String(application.excitement),
    foundOn: application.foundOn ?? "",
    appliedOn: application.appliedOn ?? "",
    closedOn: application.closedOn ?? "",
    notes: application.notes,
  };
}

/** "" clears a number; anything else is sent as typed so the schema can say what's wrong with it. */
function numberOrNull(value: string): number | null {
  const trimmed = value.trim().replace(/[\s,_]/g, "");
  return trimmed === "" ? null : Number(trimmed);
}

/** The request for what the form holds; the company is sent only when its name changed. */
function requestOf(draft: Draft, application: Application): UpdateApplicationRequest {
  const companyName = draft.companyName.trim();
  const companyChanged = companyName !== (application.companyName ?? "");
  return {
    roleTitle: draft.roleTitle,
    ...(companyChanged ? (companyName ? { companyName } : { companyId: null }) : {}),
    roleFamilyId: draft.roleFamilyId || null,
    tags: draft.tags,
    jobUrl: draft.jobUrl.trim() || null,
    location: draft.location.trim() || null,
    workMode: (draft.workMode || null) as UpdateApplicationRequest["workMode"],
    salaryMin: numberOrNull(draft.salaryMin),
    salaryMax: numberOrNull(draft.salaryMax),
    salaryCurrency: draft.salaryCurrency.trim() || null,
    source: draft.source.trim() || null,
    excitement: draft.excitement ? Number(draft.excitement) : null,
    foundOn: draft.foundOn || null,
    appliedOn: draft.appliedOn || null,
    closedOn: draft.closedOn || null,
    notes: draft.notes,
  };
}

interface ApplicationEditFormProps {
  application: Application;
  onDone: (saved: boolean) => void;
}

/** Every editable field of an application (stage and contacts have their own controls). */
export function ApplicationEditForm({ application, onDone }: ApplicationEditFormProps) {
  const id = useId();
  const user = useCurrentUser();
  const tags = useTags();
  const update = useUpdateApplication(application.id);
  const { formRef, errors, check, showError } = useFormErrors(labels);
  const { draft, set, field } = useDraft(() => draftOf(application), errors);

  const families = user.roleFamilies.map((family) => ({ id: family.id, name: family.name }));
  if (application.roleFamilyId && !families.some((family) => family.id === application.roleFamilyId)) {
    families.push({ id: application.roleFamilyId, name: application.roleFamilyName ?? "A removed kind of role" });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const request = check(updateApplicationRequest, requestOf(draft, application));
    if (request) update.mutate(request, { onSuccess: () => onDone(true), onError: showError });
  }

  return (
    <form ref={formRef} className="form application-edit-form" noValidate onSubmit={submit} aria-label="Edit details">
      <TextField label={labels.roleTitle} autoComplete="off" {...field("roleTitle")} />
      <TextField
        label={labels.companyName}
        hint="A new name files this under that company (found by name, or created)."
        autoComplete="organization"
        {...field("companyName")}
        error={errors.fields.companyName ?? errors.fields.companyId}
      />
      <div className="field">
        <label htmlFor={`${id}-family`}>{labels.roleFamilyId}</label>
        <select
          id={`${id}-family`}
          name="roleFamilyId"
          value={draft.roleFamilyId}
          onChange={(event) => set("roleFamilyId")(event.currentTarget.value)}
        >
          <option value="">Not set</option>
          {families.map((family) => (
            <option key={family.id} value={family.id}>
              {family.name}
            </option>
          ))}
        </select>
        {user.roleFamilies.length === 0 ? (
          <p className="field-hint">You can list the kinds of roles you're looking for in Settings.</p>
        ) : null}
      </div>
      <TagInput
        label={labels.tags}
        tags={draft.tags}
        suggestions={tags.data ?? []}
        error={errors.fields.tags}
        onChange={set("tags")}
      />
      <TextField
        label={labels.jobUrl}
        type="url"
        inputMode="url"
        hint="A web address starting with https://"
        autoComplete="off"
        {...field("jobUrl")}
      />
      <div className="form-columns">
        <TextField label={labels.location} autoComplete="off" {...field("location")} />
        <SelectField label={labels.workMode} {...field("workMode")}>
          <option value="">Not set</option>
          {workModes.map((mode) => (
            <option key={mode} value={mode}>
              {workModeLabels[mode]}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="fieldset">
        <legend>Salary range</legend>
        <p className="field-hint">As the posting gives it, with a three-letter currency code such as EUR or USD.</p>
        <div className="form-columns form-columns-3">
          <TextField label={labels.salaryMin} inputMode="numeric" autoComplete="off" {...field("salaryMin")} />
          <TextField label={labels.salaryMax} inputMode="numeric" autoComplete="off" {...field("salaryMax")} />
          <TextField
            label={labels.salaryCurrency}
            list={`${id}-currencies`}
            maxLength={3}
            autoComplete="off"
            {...field("salaryCurrency")}
          />
        </div>
        <datalist id={`${id}-currencies`}>
          {commonCurrencies.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
      </fieldset>
      <TextField
        label={labels.source}
        list={`${id}-sources`}
        hint="Where you found it. Response rates are grouped by this."
        autoComplete="off"
        {...field("source")}
      />
      <datalist id={`${id}-sources`}>
        {suggestedSources.map((source) => (
          <option key={source} value={source} />
        ))}
      </datalist>
      <SegmentedChoice
        legend={labels.excitement}
        name="excitement"
        hint="How much you want this one, from 1 (a little) to 5 (very much)."
        error={errors.fields.excitement}
        value={draft.excitement}
        options={excitementChoices}
        onChange={set("excitement")}
      />
      <div className="form-columns form-columns-3">
        <TextField label={labels.foundOn} type="date" {...field("foundOn")} />
        <TextField label={labels.appliedOn} type="date" {...field("appliedOn")} />
        <TextField label={labels.closedOn} type="date" {...field("closedOn")} />
      </div>
      <MarkdownField
        label={labels.notes}
        name="notes"
        value={draft.notes}
        rows={6}
        hint="Markdown works: **bold**, - lists, [links](https://…)."
        error={errors.fields.notes}
        onChange={set("notes")}
      />
      <FormActions
        message={errors.message}
        pending={update.isPending}
        submitLabel="Save details"
        pendingLabel="Saving…"
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
