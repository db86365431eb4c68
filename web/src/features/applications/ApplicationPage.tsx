import { Link, useParams } from "react-router";
import { stageLabels } from "../../../../contract/applications.ts";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RecordUnavailable } from "../../ui/RecordUnavailable.tsx";
import { ShareButton } from "../circle/ShareButton.tsx";
import { ApplicationArc } from "../debriefs/components/ApplicationArc.tsx";
import { AskForFeedbackPanel } from "../feedback/AskForFeedbackPanel.tsx";
import { SoftLandingOffer } from "../growth/components/SoftLandingOffer.tsx";
import { WriteMessageCard } from "../messages/components/WriteMessageCard.tsx";
import { useApplicationDetail } from "./application-detail-queries.ts";
import { ApplicationDetails, formatDay } from "./components/ApplicationDetails.tsx";
import { ApplicationInterviews } from "./components/ApplicationInterviews.tsx";
import { ApplicationNotes } from "./components/ApplicationNotes.tsx";
import { ApplicationTasks } from "./components/ApplicationTasks.tsx";
import { ApplicationTimeline } from "./components/ApplicationTimeline.tsx";
import { DeleteApplication } from "./components/DeleteApplication.tsx";
import { ExcitementMeter } from "./components/ExcitementMeter.tsx";
import { LinkedContacts } from "./components/LinkedContacts.tsx";
import { StageChanger } from "./components/StageChanger.tsx";
import "./application-page.css";

/** /applications/:id — one application with everything that belongs to it. */
export function ApplicationPage() {
  const { id = "" } = useParams();
  const detail = useApplicationDetail(id);

  if (detail.isPending || detail.isError) {
    return (
      <RecordUnavailable
        error={detail.error}
        title="Application"
        loadingText="Loading the application…"
        back={{ to: "/applications", label: "Go to all applications" }}
      />
    );
  }

  const { application, interviews, tasks, contacts, notes, timeline } = detail.data;
  const company = application.companyName;
  return (
    <div className="page application-page">
      <p className="breadcrumb">
        <Link to="/applications">All applications</Link>
      </p>
      <header className="application-header card">
        <PageTitle documentTitle={company ? `${application.roleTitle} at ${company}` : application.roleTitle}>
          {application.roleTitle}
          {company ? <span className="title-company"> at {company}</span> : null}
        </PageTitle>
        <p className="application-summary">
          <span className={`badge stage-badge stage-${application.stage}`}>
            <span className="visually-hidden">Stage: </span>
            {stageLabels[application.stage]}
          </span>
          <ExcitementMeter value={application.excitement} />
          {application.appliedOn ? <span>Applied {formatDay(application.appliedOn)}</span> : null}
        </p>
        <StageChanger applicationId={application.id} stage={application.stage} />
        <ShareButton
          itemType="application"
          itemId={application.id}
          title={company ? `${application.roleTitle} at ${company}` : application.roleTitle}
        />
      </header>
      <SoftLandingOffer applicationId={application.id} stage={application.stage} />

      <div className="application-columns">
        <div className="application-side">
          <section className="card" aria-labelledby="application-interviews">
            <h2 id="application-interviews">Interviews</h2>
            <ApplicationInterviews applicationId={application.id} interviews={interviews} />
          </section>
          <section className="card" aria-labelledby="application-tasks">
            <h2 id="application-tasks">Tasks</h2>
            <ApplicationTasks applicationId={application.id} tasks={tasks} />
          </section>
          <WriteMessageCard applicationId={application.id} stage={application.stage} interviews={interviews} />
          <section className="card" aria-labelledby="application-contacts">
            <h2 id="application-contacts">Contacts</h2>
            <LinkedContacts applicationId={application.id} companyId={application.companyId} contacts={contacts} />
          </section>
        </div>
        <div className="application-main">
          <section className="card" aria-labelledby="application-details">
            <h2 id="application-details">Details</h2>
            <ApplicationDetails application={application} />
          </section>
          <ApplicationArc interviews={interviews} />
          <AskForFeedbackPanel applicationId={application.id} />
          <section className="card" aria-labelledby="application-notes">
            <h2 id="application-notes">Notes log</h2>
            <ApplicationNotes applicationId={application.id} notes={notes} />
          </section>
          <section className="card" aria-labelledby="application-timeline">
            <h2 id="application-timeline">Timeline</h2>
            <ApplicationTimeline events={timeline} />
          </section>
          <section className="card danger-zone" aria-labelledby="application-delete">
            <h2 id="application-delete">Delete</h2>
            <p>Deleting removes this application and everything recorded with it.</p>
            <DeleteApplication applicationId={application.id} title={application.roleTitle} />
          </section>
        </div>
      </div>
    </div>
  );
}
