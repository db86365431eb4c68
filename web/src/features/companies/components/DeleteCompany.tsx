import { useState } from "react";
import { useNavigate } from "react-router";
import type { Company } from "../../../../../contract/companies.ts";
import { ConfirmDialog } from "../../../ui/ConfirmDialog.tsx";
import { applicationCount } from "../../pipeline/format-pipeline.ts";
import { useDeleteCompany } from "../companies-queries.ts";

/** Deletes the company after a confirmation that says what stays. */
export function DeleteCompany({ company }: { company: Company }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteCompany(company.id);
  const navigate = useNavigate();
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Delete company
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete “${company.name}”?`}
        confirmLabel="Delete company"
        pending={remove.isPending}
        error={remove.error?.message}
        onCancel={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate("/companies", { replace: true }) })}
      >
        <p>
          {company.applicationCount > 0
            ? `Its ${applicationCount(company.applicationCount)} and its contacts stay, without a company.`
            : "Its contacts stay, without a company."}{" "}
          This can't be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
