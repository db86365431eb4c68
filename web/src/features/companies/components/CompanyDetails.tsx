import type { Company } from "../../../../../contract/companies.ts";
import { DetailRow } from "../../../ui/DetailRow.tsx";
import { EditableDetails } from "../../../ui/EditableDetails.tsx";
import { Markdown } from "../../../ui/Markdown.tsx";
import { displayUrl, ExternalLink } from "../../applications/components/ExternalLink.tsx";
import { CompanyForm } from "./CompanyForm.tsx";

/** The company's details as a list, with an Edit button that swaps in the form. */
export function CompanyDetails({ company }: { company: Company }) {
  return (
    <EditableDetails
      editLabel="Edit company"
      savedMessage="Company saved."
      renderForm={(done) => (
        <CompanyForm mode="edit" company={company} onSaved={() => done(true)} onCancel={() => done(false)} />
      )}
    >
      <dl className="detail-list directory-details">
        <DetailRow label="Name" empty="Not set">
          {company.name}
        </DetailRow>
        <DetailRow label="Website" empty="Not set">
          {company.website ? <ExternalLink href={company.website}>{displayUrl(company.website)}</ExternalLink> : null}
        </DetailRow>
        <DetailRow label="Industry" empty="Not set">
          {company.industry}
        </DetailRow>
        <DetailRow label="Size" empty="Not set">
          {company.sizeBand ? `${company.sizeBand} people` : null}
        </DetailRow>
      </dl>
      <h3 className="directory-subheading">Notes</h3>
      <Markdown source={company.notes} empty="No notes yet." />
    </EditableDetails>
  );
}
