import { Link } from "react-router";
import { LoadMoreButton } from "../../ui/LoadMoreButton.tsx";
import { PageTitle } from "../../ui/PageTitle.tsx";
import { RetryAlert } from "../../ui/RetryAlert.tsx";
import { ApplicationCardList } from "./components/ApplicationCardList.tsx";
import { ApplicationFilters } from "./components/ApplicationFilters.tsx";
import { ApplicationTable } from "./components/ApplicationTable.tsx";
import { SortSelect } from "./components/SortSelect.tsx";
import { formatCount } from "./format-pipeline.ts";
import { type ApplicationFilters as Filters, firstOrderFor, hasAnyFilter } from "./list-filters.ts";
import { useApplicationList } from "./queries.ts";
import { useQuickAdd } from "./quick-add/quick-add-context.ts";
import { narrowScreen, useMediaQuery } from "./use-media-query.ts";
import { useUrlFilters } from "./use-url-filters.ts";
import "./styles/pipeline-common.css";
import "./styles/applications.css";

const sortNames: Record<Filters["sort"], string> = {
  updated: "last update",
  created: "date added",
  applied: "date applied",
  title: "role",
  company: "company",
  excitement: "excitement",
  stage: "stage",
};

/**
 * /applications: every application in a table (a card list on phones), filtered, searched and
 * sorted on the server, 50 at a time. The filters are in the URL, so a view can be shared.
 */
export function ApplicationsPage() {
  const { filters, update, search, clear } = useUrlFilters();
  const list = useApplicationList(filters);
  const quickAdd = useQuickAdd();
  const narrow = useMediaQuery(narrowScreen);

  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const filtered = hasAnyFilter(filters);
  const busy = list.isFetching && !list.isFetchingNextPage;
  const caption = `Applications, sorted by ${sortNames[filters.sort]}, ${filters.order === "asc" ? "ascending" : "descending"}`;

  function sortBy(sort: Filters["sort"]) {
    const order = sort === filters.sort ? (filters.order === "asc" ? "desc" : "asc") : firstOrderFor(sort);
    update({ sort, order });
  }

  return (
    <div className="applications-page">
      <div className="page-head">
        <PageTitle>Applications</PageTitle>
        <p className="page-head-meta">
          <Link to="/board">Board view</Link> · <Link to="/import">Import or export</Link>
        </p>
      </div>
      <ApplicationFilters
        filters={filters}
        compact={narrow}
        onSearch={search}
        onChange={(change) => update(change)}
        onClear={clear}
      />

      <div className="list-summary">
        <p className="result-count" role="status">
          {list.data
            ? total === 0
              ? ""
              : `Showing ${formatCount(items.length)} of ${formatCount(total)} ${total === 1 ? "application" : "applications"}${filtered ? " that match" : ""}`
            : ""}
        </p>
        {narrow && items.length > 1 ? (
          <SortSelect sort={filters.sort} order={filters.order} onChange={(sort, order) => update({ sort, order })} />
        ) : null}
      </div>

      {list.isPending ? <p className="loading-note">Loading applications…</p> : null}
      {list.isError ? (
        <RetryAlert
          message={`The applications couldn't be loaded: ${list.error.message}`}
          onRetry={() => list.refetch()}
        />
      ) : null}

      {list.data && total === 0 && !filtered ? (
        <div className="empty-state">
          <h2>No applications yet</h2>
          <p>
            Add a job you're thinking about or have applied for. Only the role title is needed; the rest can come later.
            Press <kbd>N</kbd> on any page to add one quickly.
          </p>
          <button type="button" className="button button-primary" onClick={() => quickAdd.open()}>
            Add application
          </button>
        </div>
      ) : null}
      {list.data && total === 0 && filtered ? (
        <div className="empty-state">
          <h2>No applications match</h2>
          <p>Nothing fits these filters. Try a shorter search, fewer stages, or a wider date range.</p>
          <button type="button" className="button button-secondary" onClick={clear}>
            Clear filters
          </button>
        </div>
      ) : null}

      {items.length > 0 ? (
        narrow ? (
          <ApplicationCardList items={items} busy={busy} />
        ) : (
          <ApplicationTable
            items={items}
            sort={filters.sort}
            order={filters.order}
            onSort={sortBy}
            caption={caption}
            busy={busy}
          />
        )
      ) : null}

      <LoadMoreButton list={list} label="Load more" loadingLabel="Loading…" className="load-more" />
    </div>
  );
}
