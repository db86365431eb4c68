import { Link } from "react-router";
import type { Application } from "../../../../../contract/applications.ts";
import { formatCalendarDate } from "../format-pipeline.ts";
import type { ApplicationSort, SortOrder } from "../list-filters.ts";
import { ExcitementRating } from "./ExcitementRating.tsx";
import { SortableHeader } from "./SortableHeader.tsx";
import { StageBadge } from "./StageBadge.tsx";
import { TagChips } from "./TagChips.tsx";

interface ApplicationTableProps {
  items: readonly Application[];
  sort: ApplicationSort;
  order: SortOrder;
  onSort: (sort: ApplicationSort) => void;
  caption: string;
  busy: boolean;
}

/** The applications as a table; sorting happens on the server, so it covers every page. */
export function ApplicationTable({ items, sort, order, onSort, caption, busy }: ApplicationTableProps) {
  const header = { sort, order, onSort };
  return (
    <div className="table-scroll">
      <table className="applications-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortableHeader label="Role" sortKey="title" {...header} />
            <SortableHeader label="Company" sortKey="company" {...header} />
            <SortableHeader label="Stage" sortKey="stage" {...header} />
            <th scope="col">Kind of role</th>
            <th scope="col">Tags</th>
            <SortableHeader label="Applied" sortKey="applied" {...header} />
            <SortableHeader label="Excitement" sortKey="excitement" {...header} />
            <SortableHeader label="Updated" sortKey="updated" {...header} />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="cell-role">
                <Link to={`/applications/${item.id}`}>{item.roleTitle}</Link>
              </th>
              <td>{item.companyName ?? <NotSet />}</td>
              <td>
                <StageBadge stage={item.stage} />
              </td>
              <td>{item.roleFamilyName ?? <NotSet />}</td>
              <td>{item.tags.length ? <TagChips tags={item.tags} /> : <NotSet />}</td>
              <td className="cell-date">{item.appliedOn ? formatCalendarDate(item.appliedOn) : <NotSet />}</td>
              <td>
                <ExcitementRating value={item.excitement} />
              </td>
              <td className="cell-date">{formatCalendarDate(item.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An empty cell that says so to screen readers instead of reading nothing. */
export function NotSet() {
  return (
    <span className="not-set">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">not set</span>
    </span>
  );
}
