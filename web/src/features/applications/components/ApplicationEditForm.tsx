import { type FormEvent, useId, useRef, useState } from "react";
import {
  type Application,
  suggestedSources,
  type UpdateApplicationRequest,
  updateApplicationRequest,
  workModeLabels,
  workModes,
} from "../../../../../contract/applications.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { MarkdownField } from "../../../ui/MarkdownField.tsx";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
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
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(application));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  useFocusFirstError(form, errors);

  const set = (field: Exclude<keyof Draft, "tags">) => (event: { currentTarget: { value: string } }) => {
    // Read now: React clears currentTarget before the state updater runs.
    const value = event.currentTarget.value;
    setDraft((current) => ({ ...current, [field]: value }));
  };

  const families = user.roleFamilies.map((family) => ({ id: family.id, name: family.name }));
  if (application.roleFamilyId && !families.some((family) => family.id === application.roleFamilyId)) {
    families.push({ id: application.roleFamilyId, name: application.roleFamilyName ?? "A removed kind of role" });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const checked = updateApplicationRequest.safeParse(requestOf(draft, application));
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    update.mutate(checked.data, {
      onSuccess: () => onDone(true),
      onError: (error) => setErrors(errorsFromError(error, labels)),
    });
  }

  return (
    <form ref={form} className="form application-edit-form" noValidate onSubmit={submit} aria-label="Edit details">
      <TextField
        label={labels.roleTitle}
        name="roleTitle"
        value={draft.roleTitle}
        onChange={set("roleTitle")}
        error={errors.fields.roleTitle}
        autoComplete="off"
      />
      <TextField
        label={labels.companyName}
        name="companyName"
        value={draft.companyName}
        onChange={set("companyName")}
        error={errors.fields.companyName ?? errors.fields.companyId}
        hint="A new name files this under that company (found by name, or created)."
        autoComplete="organization"
      />
      <div className="field">
        <label htmlFor={`${id}-family`}>{labels.roleFamilyId}</label>
        <select id={`${id}-family`} name="roleFamilyId" value={draft.roleFamilyId} onChange={set("roleFamilyId")}>
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
        onChange={(next) => setDraft((current) => ({ ...current, tags: next }))}
      />
      <TextField
        label={labels.jobUrl}
        name="jobUrl"
        type="url"
        inputMode="url"
        value={draft.jobUrl}
        onChange={set("jobUrl")}
        error={errors.fields.jobUrl}
        hint="A web address starting with https://"
        autoComplete="off"
      />
      <div className="form-columns">
        <TextField
          label={labels.location}
          name="location"
          value={draft.location}
          onChange={set("location")}
          error={errors.fields.location}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor={`${id}-mode`}>{labels.workMode}</label>
          <select id={`${id}-mode`} name="workMode" value={draft.workMode} onChange={set("workMode")}>
            <option value="">Not set</option>
            {workModes.map((mode) => (
              <option key={mode} value={mode}>
                {workModeLabels[mode]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>Salary range</legend>
        <p className="field-hint">As the posting gives it, with a three-letter currency code such as EUR or USD.</p>
        <div className="form-columns form-columns-3">
          <TextField
            label={labels.salaryMin}
            name="salaryMin"
            inputMode="numeric"
            value={draft.salaryMin}
            onChange={set("salaryMin")}
            error={errors.fields.salaryMin}
            autoComplete="off"
          />
          <TextField
            label={labels.salaryMax}
            name="salaryMax"
            inputMode="numeric"
            value={draft.salaryMax}
            onChange={set("salaryMax")}
            error={errors.fields.salaryMax}
            autoComplete="off"
          />
          <TextField
            label={labels.salaryCurrency}
            name="salaryCurrency"
            list={`${id}-currencies`}
            maxLength={3}
            value={draft.salaryCurrency}
            onChange={set("salaryCurrency")}
            error={errors.fields.salaryCurrency}
            autoComplete="off"
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
        name="source"
        list={`${id}-sources`}
        value={draft.source}
        onChange={set("source")}
        error={errors.fields.source}
        hint="Where you found it. Response rates are grouped by this."
        autoComplete="off"
      />
      <datalist id={`${id}-sources`}>
        {suggestedSources.map((source) => (
          <option key={source} value={source} />
        ))}
      </datalist>
      <fieldset className="fieldset">
        <legend>{labels.excitement}</legend>
        <p className="field-hint">How much you want this one, from 1 (a little) to 5 (very much).</p>
        {errors.fields.excitement ? <p className="field-error">{errors.fields.excitement}</p> : null}
        <div className="segmented">
          {excitementChoices.map((choice) => (
            <label key={choice.value} className="segmented-option">
              <input
                type="radio"
                name="excitement"
                value={choice.value}
                checked={draft.excitement === choice.value}
                onChange={set("excitement")}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-columns form-columns-3">
        <TextField
          label={labels.foundOn}
          name="foundOn"
          type="date"
          value={draft.foundOn}
          onChange={set("foundOn")}
          error={errors.fields.foundOn}
        />
        <TextField
          label={labels.appliedOn}
          name="appliedOn"
          type="date"
          value={draft.appliedOn}
          onChange={set("appliedOn")}
          error={errors.fields.appliedOn}
        />
        <TextField
          label={labels.closedOn}
          name="closedOn"
          type="date"
          value={draft.closedOn}
          onChange={set("closedOn")}
          error={errors.fields.closedOn}
        />
      </div>
      <MarkdownField
        label={labels.notes}
        name="notes"
        value={draft.notes}
        rows={6}
        hint="Markdown works: **bold**, - lists, [links](https://…)."
        error={errors.fields.notes}
        onChange={(value) => setDraft((current) => ({ ...current, notes: value }))}
      />
      <FormAlert message={errors.message} />
      <div className="button-row">
        <SubmitButton pending={update.isPending} pendingLabel="Saving…">
          Save details
        </SubmitButton>
        <button type="button" className="button button-secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
