import { Link } from "react-router";
import type { Application } from "../../../../../contract/applications.ts";
import { formatCalendarDate } from "../format-pipeline.ts";
import { ExcitementRating } from "./ExcitementRating.tsx";
import { StageBadge } from "./StageBadge.tsx";
import { TagChips } from "./TagChips.tsx";

/** The applications as a list of cards, for phones where eight table columns don't fit. */
export function ApplicationCardList({ items, busy }: { items: readonly Application[]; busy: boolean }) {
  return (
    <ul className="application-cards" aria-busy={busy || undefined}>
      {items.map((item) => (
        <li key={item.id} className="application-card">
          <div className="application-card-head">
            <h2 className="application-card-title">
              <Link to={`/applications/${item.id}`}>{item.roleTitle}</Link>
            </h2>
            <StageBadge stage={item.stage} />
          </div>
          <p className="application-card-company">
            {item.companyName ?? "Company not set"}
            {item.roleFamilyName ? <span className="application-card-family"> · {item.roleFamilyName}</span> : null}
          </p>
          <div className="application-card-meta">
            {item.excitement != null ? <ExcitementRating value={item.excitement} /> : null}
            <span>
              {item.appliedOn ? `Applied ${formatCalendarDate(item.appliedOn)}` : "Not applied yet"} · Updated{" "}
              {formatCalendarDate(item.updatedAt)}
            </span>
          </div>
          <TagChips tags={item.tags} />
        </li>
      ))}
    </ul>
  );
}
