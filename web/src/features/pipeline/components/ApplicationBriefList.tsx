import { Link } from "react-router";
import type { ApplicationStage } from "../../../../../contract/applications.ts";
import { describeApplication, formatCalendarDate } from "../format-pipeline.ts";
import { StageBadge } from "./StageBadge.tsx";

/** An application in brief, as a company's or a contact's page lists it. */
interface ApplicationBrief {
  id: string;
  roleTitle: string;
  /** Left out where the company goes without saying (on the company's own page). */
  companyName?: string | null;
  stage: ApplicationStage;
  appliedOn: string | null;
}

/** Applications as a list: the role (to its page), when it was applied for, and its stage. */
export function ApplicationBriefList({ applications }: { applications: ApplicationBrief[] }) {
  return (
    <ul className="item-list">
      {applications.map((application) => (
        <li key={application.id} className="item">
          <div className="item-main">
            <p className="item-title">
              <Link to={`/applications/${application.id}`}>
                {describeApplication({
                  roleTitle: application.roleTitle,
                  companyName: application.companyName ?? null,
                })}
              </Link>
            </p>
            <p className="item-meta">
              {application.appliedOn ? `Applied ${formatCalendarDate(application.appliedOn)}` : "Not applied yet"}
            </p>
          </div>
          <StageBadge stage={application.stage} />
        </li>
      ))}
    </ul>
  );
}
