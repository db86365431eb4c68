import { useNavigate } from "react-router";
import type { Company } from "../../../../../contract/companies.ts";
import { DeleteWithConfirmation } from "../../../ui/DeleteWithConfirmation.tsx";
import { applicationCount } from "../../pipeline/format-pipeline.ts";
import { useDeleteCompany } from "../companies-queries.ts";

/** Deletes the company after a confirmation that says what stays. */
export function DeleteCompany({ company }: { company: Company }) {
  const remove = useDeleteCompany(company.id);
  const navigate = useNavigate();
  return (
    <DeleteWithConfirmation
      label="Delete company"
      title={`Delete “${company.name}”?`}
      remove={remove}
      onDeleted={() => navigate("/companies", { replace: true })}
    >
      <p>
        {company.applicationCount > 0
          ? `Its ${applicationCount(company.applicationCount)} and its contacts stay, without a company.`
          : "Its contacts stay, without a company."}{" "}
        This can't be undone.
      </p>
    </DeleteWithConfirmation>
  );
}
