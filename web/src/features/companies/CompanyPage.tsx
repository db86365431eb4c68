import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { ApiError } from "../../lib/api.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ExternalLink } from "../applications/components/ExternalLink.tsx";
import { ContactForm } from "../contacts/components/ContactForm.tsx";
import { EmailLink } from "../contacts/components/ContactLinks.tsx";
import { StageBadge } from "../pipeline/components/StageBadge.tsx";
import { applicationCount, formatCalendarDate } from "../pipeline/format-pipeline.ts";
import { useCompanyDetail } from "./companies-queries.ts";
import { CompanyDetails, displayUrl } from "./components/CompanyDetails.tsx";
import { DeleteCompany } from "./components/DeleteCompany.tsx";
import "../pipeline/pipeline.css";
import "./directory.css";

/** /companies/:id — a company's details, its applications and the people there. */
export function CompanyPage() {
  const { id = "" } = useParams();
  const detail = useCompanyDetail(id);
  const [addedContact, setAddedContact] = useState<string | null>(null);
  const contactsHeading = useRef<HTMLHeadingElement>(null);
  const addContact = useRef<HTMLDetailsElement>(null);

  if (detail.isPending) return <CompanyMessage title="Company" text="Loading the company…" />;
  if (detail.isError) {
    const missing = detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 400);
    return missing ? (
      <CompanyMessage title="Company not found" text="It may have been deleted, or the link may be wrong." />
    ) : (
      <CompanyMessage title="Company" error={detail.error.message} />
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
              <ul className="item-list">
                {applications.map((application) => (
                  <li key={application.id} className="item">
                    <div className="item-main">
                      <p className="item-title">
                        <Link to={`/applications/${application.id}`}>{application.roleTitle}</Link>
                      </p>
                      <p className="item-meta">
                        {application.appliedOn
                          ? `Applied ${formatCalendarDate(application.appliedOn)}`
                          : "Not applied yet"}
                      </p>
                    </div>
                    <StageBadge stage={application.stage} />
                  </li>
                ))}
              </ul>
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
                  <li key={contact.id} className="item">
                    <div className="item-main">
                      <p className="item-title">
                        <Link to={`/contacts/${contact.id}`}>{contact.name}</Link>
                      </p>
                      {contact.roleTitle || contact.email ? (
                        <p className="item-meta">
                          {contact.roleTitle}
                          {contact.roleTitle && contact.email ? " · " : null}
                          {contact.email ? <EmailLink email={contact.email} /> : null}
                        </p>
                      ) : null}
                    </div>
                  </li>
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
            <div className="status-message" aria-live="polite">
              {addedContact ? <p>Added {addedContact}.</p> : null}
            </div>
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

function CompanyMessage({ title, text, error }: { title: string; text?: string; error?: string }) {
  useDocumentTitle(title);
  return (
    <div className="page-narrow">
      <PageTitle>{title}</PageTitle>
      {text ? <p className="lead">{text}</p> : null}
      {error ? <FormAlert message={error} /> : null}
      <p>
        <Link to="/companies">Go to all companies</Link>
      </p>
    </div>
  );
}
