import { useState } from "react";
import { Link } from "react-router";
import type { Company } from "../../../../contract/companies.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { SearchField } from "../pipeline/components/SearchField.tsx";
import { useCompanyList } from "./companies-queries.ts";
import { CompanyForm } from "./components/CompanyForm.tsx";
import { CompanyList } from "./components/CompanyList.tsx";
import { useSearchParam } from "./use-search-param.ts";
import "./directory.css";

/** /companies: every company by name, with how many applications each has, and a form to add one. */
export function CompaniesPage() {
  const [q, setQ] = useSearchParam();
  const list = useCompanyList(q);
  const [added, setAdded] = useState<Company | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="directory-page">
      <PageTitle>Companies</PageTitle>
      <p className="lead">
        Everywhere you have applied or would like to. Companies are also added for you when you type a new name on an
        application.
      </p>
      <div className="directory-columns">
        <section className="card" aria-labelledby="companies-list">
          <div className="directory-list-head">
            <h2 id="companies-list">Your companies</h2>
            <a href="#add-company" className="directory-skip">
              Add a company
            </a>
          </div>
          <SearchField label="Search companies" value={q} onSearch={setQ} />
          {list.isPending ? <p className="directory-muted">Loading your companies…</p> : null}
          {list.isError ? <FormAlert message={`Your companies couldn't be loaded: ${list.error.message}`} /> : null}
          {list.data && items.length === 0 ? (
            <p className="directory-muted">
              {q ? `No companies match “${q}”.` : "No companies yet. Add the first one with the form."}
            </p>
          ) : null}
          {items.length > 0 ? <CompanyList companies={items} /> : null}
          {list.hasNextPage ? (
            <div className="button-row">
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={list.isFetchingNextPage || undefined}
                onClick={() => {
                  if (!list.isFetchingNextPage) list.fetchNextPage();
                }}
              >
                {list.isFetchingNextPage ? "Loading more…" : "Show more companies"}
              </button>
            </div>
          ) : null}
        </section>

        <section className="card directory-add" aria-labelledby="add-company">
          <h2 id="add-company" tabIndex={-1}>
            Add a company
          </h2>
          <CompanyForm mode="create" onSubmitStart={() => setAdded(null)} onSaved={setAdded} />
          <div className="status-message" aria-live="polite">
            {added ? (
              <p>
                Added <Link to={`/companies/${added.id}`}>{added.name}</Link>.
              </p>
            ) : null}
          </div>
        </section>
      </div>
    </div>
  );
}
