import { type ReactNode, useRef, useState } from "react";
import type { Company } from "../../../../../contract/companies.ts";
import { Markdown } from "../../../ui/Markdown.tsx";
import { StatusMessage } from "../../../ui/StatusMessage.tsx";
import { ExternalLink } from "../../applications/components/ExternalLink.tsx";
import { CompanyForm } from "./CompanyForm.tsx";

/** A web address as people say it: without the scheme and the trailing slash. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="directory-row">
      <dt>{label}</dt>
      <dd>{value ?? <span className="directory-muted">Not set</span>}</dd>
    </div>
  );
}

/** The company's details as a list, with an Edit button that swaps in the form. */
export function CompanyDetails({ company }: { company: Company }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const finish = (didSave: boolean) => {
    setEditing(false);
    setSaved(didSave);
    // The form is gone; put focus back where the person started.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  if (editing) {
    return <CompanyForm mode="edit" company={company} onSaved={() => finish(true)} onCancel={() => finish(false)} />;
  }

  return (
    <>
      <dl className="directory-details">
        <Row label="Name" value={company.name} />
        <Row
          label="Website"
          value={
            company.website ? <ExternalLink href={company.website}>{displayUrl(company.website)}</ExternalLink> : null
          }
        />
        <Row label="Industry" value={company.industry} />
        <Row label="Size" value={company.sizeBand ? `${company.sizeBand} people` : null} />
      </dl>
      <h3 className="directory-subheading">Notes</h3>
      <Markdown source={company.notes} empty="No notes yet." />
      <StatusMessage message={saved ? "Company saved." : null} />
      <div className="button-row">
        <button
          ref={editButton}
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          Edit company
        </button>
      </div>
    </>
  );
}
