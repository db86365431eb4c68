import { Link } from "react-router";
import type { Company } from "../../../../../contract/companies.ts";
import { applicationCount } from "../../pipeline/format-pipeline.ts";

/** Companies as a list: name (to the company page), industry and size, how many applications. */
export function CompanyList({ companies }: { companies: Company[] }) {
  return (
    <ul className="item-list directory-list">
      {companies.map((company) => (
        <li key={company.id} className="item">
          <div className="item-main">
            <p className="item-title">
              <Link to={`/companies/${company.id}`}>{company.name}</Link>
            </p>
            {company.industry || company.sizeBand ? (
              <p className="item-meta">
                {[company.industry, company.sizeBand ? `${company.sizeBand} people` : null].filter(Boolean).join(" · ")}
              </p>
            ) : null}
          </div>
          <p className="directory-count" data-none={company.applicationCount === 0 || undefined}>
            {applicationCount(company.applicationCount)}
          </p>
        </li>
      ))}
    </ul>
  );
}
