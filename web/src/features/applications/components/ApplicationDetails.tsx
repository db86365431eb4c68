import type { ReactNode } from "react";
import { type Application, workModeLabels } from "../../../../../contract/applications.ts";
import { formatDate } from "../../../lib/format-date.ts";
import { DetailRow } from "../../../ui/DetailRow.tsx";
import { EditableDetails } from "../../../ui/EditableDetails.tsx";
import { Markdown } from "../../../ui/Markdown.tsx";
import { ApplicationEditForm } from "./ApplicationEditForm.tsx";
import { ExternalLink } from "./ExternalLink.tsx";

/** "60,000–75,000 EUR", "from 60,000 EUR", or null when nothing is known. */
export function salaryText(application: Pick<Application, "salaryMin" | "salaryMax" | "salaryCurrency">) {
  const { salaryMin: min, salaryMax: max, salaryCurrency: currency } = application;
  if (min == null && max == null) return null;
  const number = new Intl.NumberFormat();
  const unit = currency ? ` ${currency}` : "";
  if (min != null && max != null)
    return min === max ? `${number.format(min)}${unit}` : `${number.format(min)}–${number.format(max)}${unit}`;
  return min != null ? `From ${number.format(min)}${unit}` : `Up to ${number.format(max ?? 0)}${unit}`;
}

/** ISO date (YYYY-MM-DD) as a readable day, without shifting it through the viewer's time zone. */
export function formatDay(isoDay: string): string {
  return formatDate(`${isoDay}T12:00:00`);
}

/** The application's details as a list, with an Edit button that swaps in the form. */
export function ApplicationDetails({ application }: { application: Application }) {
  const salary = salaryText(application);
  const tags = application.tags.length ? (
    <ul className="tag-list tag-list-compact">
      {application.tags.map((tag) => (
        <li key={tag}>{tag}</li>
      ))}
    </ul>
  ) : null;
  const jobLink = application.jobUrl ? (
    <ExternalLink href={application.jobUrl}>{application.jobUrl}</ExternalLink>
  ) : null;
  const rows: { label: string; value: ReactNode }[] = [
    { label: "Kind of role", value: application.roleFamilyName },
    { label: "Tags", value: tags },
    { label: "Location", value: application.location },
    { label: "Work mode", value: application.workMode ? workModeLabels[application.workMode] : null },
    { label: "Salary", value: salary },
    { label: "Source", value: application.source },
    { label: "Found on", value: application.foundOn ? formatDay(application.foundOn) : null },
    { label: "Applied on", value: application.appliedOn ? formatDay(application.appliedOn) : null },
    { label: "Closed on", value: application.closedOn ? formatDay(application.closedOn) : null },
    { label: "Job posting", value: jobLink },
  ];
  const known = rows.filter((row) => row.value != null && row.value !== "");
  // Unset fields go on one line, so a new application isn't a page of "Not set".
  const unknown = rows.filter((row) => row.value == null || row.value === "").map((row) => row.label);
  return (
    <EditableDetails
      editLabel="Edit details"
      savedMessage="Details saved."
      renderForm={(done) => <ApplicationEditForm application={application} onDone={done} />}
    >
      {known.length ? (
        <dl className="detail-list">
          {known.map((row) => (
            <DetailRow key={row.label} label={row.label}>
              {row.value}
            </DetailRow>
          ))}
        </dl>
      ) : null}
      {unknown.length ? (
        <p className="quiet-text not-noted">Not noted yet: {unknown.join(", ").toLowerCase()}.</p>
      ) : null}
      <h3 className="subheading">Notes</h3>
      <Markdown source={application.notes} empty="No notes yet. Edit the details to add some." />
    </EditableDetails>
  );
}
