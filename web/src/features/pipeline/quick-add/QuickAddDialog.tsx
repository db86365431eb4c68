import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import {
  type Application,
  type ApplicationStage,
  applicationStages,
  createApplicationRequest,
} from "../../../../../contract/applications.ts";
import { FormAlert } from "../../../ui/FormAlert.tsx";
import { errorsFromError, errorsFromIssues, type FormErrors, noErrors } from "../../../ui/form-errors.ts";
import { SubmitButton } from "../../../ui/SubmitButton.tsx";
import { TextField } from "../../../ui/TextField.tsx";
import { useFocusFirstError } from "../../../ui/use-focus-first-error.ts";
import { useCurrentUser } from "../../auth/queries.ts";
import { ExcitementPicker } from "../components/ExcitementPicker.tsx";
import { describeApplication, stageLabel } from "../format-pipeline.ts";
import { useCompanies, useCreateApplication } from "../queries.ts";
import type { QuickAddDefaults } from "./quick-add-context.ts";
import { quickAddKey } from "./use-quick-add-shortcut.ts";

const labels = {
  roleTitle: "Role title",
  companyName: "Company",
  stage: "Stage",
  roleFamilyId: "Kind of role",
  jobUrl: "Job link",
  excitement: "Excitement",
};

interface QuickAddDialogProps {
  open: boolean;
  defaults: QuickAddDefaults;
  onClose: () => void;
}

/**
 * "Add application" in a native modal <dialog>: the few fields worth typing on the spot, the
 * rest can wait for the application's own page. After saving it offers to open what was added.
 */
export function QuickAddDialog({ open, defaults, onClose }: QuickAddDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const [added, setAdded] = useState<Application | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      form.current?.querySelector<HTMLInputElement>("input[name=roleTitle]")?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // After saving, focus goes to the confirmation; after "Add another", back to the first field.
  useEffect(() => {
    if (added) doneHeading.current?.focus();
    else if (ref.current?.open) form.current?.querySelector<HTMLInputElement>("input[name=roleTitle]")?.focus();
  }, [added]);

  return (
    <dialog ref={ref} className="dialog quick-add-dialog" aria-labelledby={titleId} onClose={onClose}>
      {added ? (
        <div className="quick-add-done">
          <h2 id={titleId} ref={doneHeading} tabIndex={-1}>
            Application added
          </h2>
          <p>
            {describeApplication(added)} is in {stageLabel(added.stage)}.
          </p>
          <div className="button-row">
            <button type="button" className="button button-quiet" onClick={onClose}>
              Close
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAdded(null)}>
              Add another
            </button>
            <Link to={`/applications/${added.id}`} className="button button-primary" onClick={onClose}>
              Open application
            </Link>
          </div>
        </div>
      ) : (
        <>
          <h2 id={titleId}>Add application</h2>
          <QuickAddForm formRef={form} defaults={defaults} active={open} onAdded={setAdded} onCancel={onClose} />
        </>
      )}
    </dialog>
  );
}

interface QuickAddFormProps {
  formRef: RefObject<HTMLFormElement | null>;
  defaults: QuickAddDefaults;
  active: boolean;
  onAdded: (application: Application) => void;
  onCancel: () => void;
}

function QuickAddForm({ formRef, defaults, active, onAdded, onCancel }: QuickAddFormProps) {
  const user = useCurrentUser();
  const create = useCreateApplication();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [companyDraft, setCompanyDraft] = useState("");
  const companyQuery = useDebounced(companyDraft, 250);
  const companies = useCompanies(companyQuery, active);
  const companyListId = useId();
  const stageId = useId();
  const familyId = useId();
  useFocusFirstError(formRef, errors);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const excitement = text("excitement");
    const input = {
      roleTitle: text("roleTitle"),
      companyName: text("companyName") || undefined,
      stage: text("stage") as ApplicationStage,
      roleFamilyId: text("roleFamilyId") || null,
      jobUrl: text("jobUrl") || undefined,
      excitement: excitement ? Number(excitement) : null,
    };
    const checked = createApplicationRequest.safeParse(input);
    if (!checked.success) return setErrors(errorsFromIssues(checked.error.issues, labels));
    setErrors(noErrors);
    create.mutate(checked.data, {
      onSuccess: onAdded,
      onError: (error) => setErrors(errorsFromError(error, labels)),
    });
  }

  return (
    <form ref={formRef} className="form quick-add-form" noValidate onSubmit={submit}>
      <TextField
        label={labels.roleTitle}
        name="roleTitle"
        autoComplete="off"
        required
        error={errors.fields.roleTitle}
      />
      <TextField
        label={labels.companyName}
        name="companyName"
        autoComplete="off"
        list={companyListId}
        hint="Pick one you've added before, or type a new name."
        value={companyDraft}
        onChange={(event) => setCompanyDraft(event.currentTarget.value)}
        error={errors.fields.companyName}
      />
      <datalist id={companyListId}>
        {(companies.data?.items ?? []).map((company) => (
          <option key={company.id} value={company.name} />
        ))}
      </datalist>
      <div className="quick-add-row">
        <div className="field">
          <label htmlFor={stageId}>{labels.stage}</label>
          <select id={stageId} name="stage" defaultValue={defaults.stage ?? "wishlist"}>
            {applicationStages.map((stage) => (
              <option key={stage} value={stage}>
                {stageLabel(stage)}
              </option>
            ))}
          </select>
        </div>
        {user.roleFamilies.length > 0 ? (
          <div className="field">
            <label htmlFor={familyId}>{labels.roleFamilyId}</label>
            <select id={familyId} name="roleFamilyId" defaultValue="">
              <option value="">Not set</option>
              {user.roleFamilies.map((family) => (
                <option key={family.id} value={family.id}>
                  {family.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <TextField
        label={labels.jobUrl}
        name="jobUrl"
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        error={errors.fields.jobUrl}
      />
      <ExcitementPicker legend={labels.excitement} name="excitement" error={errors.fields.excitement} />
      <FormAlert message={errors.message} />
      <div className="button-row quick-add-actions">
        <p className="quick-add-tip">
          Tip: press <kbd>{quickAddKey.toUpperCase()}</kbd> on any page to open this.
        </p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
          <SubmitButton pending={create.isPending} pendingLabel="Adding…">
            Add application
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}

/** The value once it has stopped changing for `ms`, so suggestions aren't fetched per keystroke. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
