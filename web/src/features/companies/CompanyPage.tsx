import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { StatusMessage } from "../../ui/StatusMessage.tsx";
import { displayUrl, ExternalLink } from "../applications/components/ExternalLink.tsx";
import { ContactForm } from "../contacts/components/ContactForm.tsx";
import { ContactListItem } from "../contacts/components/ContactListItem.tsx";
import { ApplicationBriefList } from "../pipeline/components/ApplicationBriefList.tsx";
import { applicationCount } from "../pipeline/format-pipeline.ts";
import { useCompanyDetail } from "./companies-queries.ts";
import { CompanyDetails } from "./components/CompanyDetails.tsx";
import { DeleteCompany } from "./components/DeleteCompany.tsx";
import "../../ui/directory.css";

/** /companies/:id — a company's details, its applications and the people there. */
export function CompanyPage() {
  const { id = "" } = useParams();
  const detail = useCompanyDetail(id);
  const [addedContact, setAddedContact] = useState<string | null>(null);
  const contactsHeading = useRef<HTMLHeadingElement>(null);
  const addContact = useRef<HTMLDetailsElement>(null);

  if (detail.isPending || detail.isError) {
    return (
      <RecordUnavailable
        error={detail.error}
        title="Company"
        loadingText="Loading the company…"
        back={{ to: "/companies", label: "Go to all companies" }}
      />
    );
  }

  const { company, applications, contacts } = detail.data;
  return (
    <div className="directory-page">
      <p className="directory-breadcrumb">
        <Link to="/companies">All companies</Link>
      </p>
      <header className="card directory-header">
        <PageTitle>{company.name}</PageTitle>
        <p className="directory-summary">
          {company.website ? <ExternalLink href={company.website}>{displayUrl(company.website)}</ExternalLink> : null}
          {company.industry ? <span>{company.industry}</span> : null}
          <span>{applicationCount(company.applicationCount)}</span>
        </p>
      </header>

      <div className="directory-columns directory-columns-even">
        <div>
          <section className="card" aria-labelledby="company-applications">
            <h2 id="company-applications">Applications</h2>
            {applications.length === 0 ? (
              <p className="directory-muted">No applications at {company.name} yet.</p>
            ) : (
              <ApplicationBriefList applications={applications} />
            )}
          </section>

          <section className="card" aria-labelledby="company-contacts">
            <h2 id="company-contacts" ref={contactsHeading} tabIndex={-1}>
              People at {company.name}
            </h2>
            {contacts.length === 0 ? (
              <p className="directory-muted">No contacts here yet.</p>
            ) : (
              <ul className="item-list">
                {contacts.map((contact) => (
                  <ContactListItem key={contact.id} contact={contact} role={contact.roleTitle} />
                ))}
              </ul>
            )}
            <details ref={addContact} className="directory-disclosure">
              <summary>Add someone at {company.name}</summary>
              <ContactForm
                mode="create"
                company={{ id: company.id, name: company.name }}
                onSubmitStart={() => setAddedContact(null)}
                onSaved={(contact) => {
                  setAddedContact(contact.name);
                  // The new person is in the list above; fold the form away and start from the list.
                  if (addContact.current) addContact.current.open = false;
                  contactsHeading.current?.focus();
                }}
              />
            </details>
            <StatusMessage message={addedContact ? `Added ${addedContact}.` : null} />
          </section>
        </div>

        <div>
          <section className="card" aria-labelledby="company-details">
            <h2 id="company-details">Details</h2>
            <CompanyDetails company={company} />
          </section>
          <section className="card" aria-labelledby="company-delete">
            <h2 id="company-delete">Delete</h2>
            <p>Deleting removes the company only. Its applications and contacts stay, without a company.</p>
            <DeleteCompany company={company} />
          </section>
        </div>
      </div>
    </div>
  );
}
