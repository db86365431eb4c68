import { Link, useParams } from "react-router";
import { interviewKindLabels } from "../../../../contract/interviews.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { ApplicationBriefList } from "../pipeline/components/ApplicationBriefList.tsx";
import { describeApplication } from "../pipeline/format-pipeline.ts";
import { ContactDetails } from "./components/ContactDetails.tsx";
import { EmailLink, PhoneLink } from "./components/ContactLinks.tsx";
import { describeContactRole } from "./components/ContactList.tsx";
import { DeleteContact } from "./components/DeleteContact.tsx";
import { useContactDetail } from "./contacts-queries.ts";
import "../../ui/directory.css";

const interviewTimeParts: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZoneName: "short",
};

/** "Mar 2, 2026, 2:00 PM GMT+1": in the interview's own time zone, where it was planned, named. */
function formatInterviewTime(startsAt: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, { ...interviewTimeParts, timeZone }).format(new Date(startsAt));
  } catch {
    return new Intl.DateTimeFormat(undefined, interviewTimeParts).format(new Date(startsAt));
  }
}

/** /contacts/:id — one person: how to reach them, and where they came up. */
export function ContactPage() {
  const { id = "" } = useParams();
  const detail = useContactDetail(id);

  if (detail.isPending || detail.isError) {
    return (
      <RecordUnavailable
        error={detail.error}
        title="Contact"
        loadingText="Loading the contact…"
        notFoundText="They may have been deleted, or the link may be wrong."
        back={{ to: "/contacts", label: "Go to all contacts" }}
      />
    );
  }

  const { contact, applications, interviews } = detail.data;
  const role = describeContactRole(contact);
  return (
    <div className="directory-page">
      <p className="directory-breadcrumb">
        <Link to="/contacts">All contacts</Link>
      </p>
      <header className="card directory-header">
        <PageTitle>{contact.name}</PageTitle>
        {role ? <p className="directory-summary">{role}</p> : null}
        {contact.email || contact.phone ? (
          <p className="directory-summary">
            {contact.email ? <EmailLink email={contact.email} /> : null}
            {contact.phone ? <PhoneLink phone={contact.phone} /> : null}
          </p>
        ) : null}
      </header>

      <div className="directory-columns directory-columns-even">
        <div>
          <section className="card" aria-labelledby="contact-applications">
            <h2 id="contact-applications">Applications</h2>
            {applications.length === 0 ? (
              <p className="directory-muted">
                Not linked to any application yet. Link them from an application's page.
              </p>
            ) : (
              <ApplicationBriefList applications={applications} />
            )}
          </section>
          <section className="card" aria-labelledby="contact-interviews">
            <h2 id="contact-interviews">Interviews</h2>
            {interviews.length === 0 ? (
              <p className="directory-muted">Not on any interview panel yet.</p>
            ) : (
              <ul className="item-list">
                {interviews.map((interview) => (
                  <li key={interview.id} className="item">
                    <div className="item-main">
                      <p className="item-title">
                        <Link to={`/interviews/${interview.id}`}>
                          {interview.roundName}
                          <span className="visually-hidden">, {describeApplication(interview)}</span>
                        </Link>
                      </p>
                      <p className="item-meta">
                        {interviewKindLabels[interview.kind]} · {describeApplication(interview)} ·{" "}
                        <time dateTime={interview.startsAt}>
                          {formatInterviewTime(interview.startsAt, interview.timeZone)}
                        </time>
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div>
          <section className="card" aria-labelledby="contact-details">
            <h2 id="contact-details">Details</h2>
            <ContactDetails contact={contact} />
          </section>
          <section className="card" aria-labelledby="contact-delete">
            <h2 id="contact-delete">Delete</h2>
            <p>Deleting removes the person and their links. Applications and interviews stay.</p>
            <DeleteContact contact={contact} />
          </section>
        </div>
      </div>
    </div>
  );
}
