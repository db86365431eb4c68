import type { Ref } from "react";
import type { ImportSummary } from "../../../../../contract/imports.ts";
import { ProblemList } from "./ProblemList.tsx";

/** What an import did: counts, then every refused line and what happened to duplicates. */
export function ImportSummaryView({
  summary,
  headingRef,
}: {
  summary: ImportSummary;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const failed = summary.status === "failed";
  return (
    <div className="import-summary" data-status={summary.status}>
      <h3 ref={headingRef} tabIndex={-1}>
        {failed ? "Nothing was imported yet" : "Import finished"}
      </h3>
      <p role="status">{summary.message}</p>
      {failed ? null : (
        <dl className="import-counts">
          <div>
            <dt>New applications</dt>
            <dd>{summary.created.toLocaleString()}</dd>
          </div>
          <div>
            <dt>Updated</dt>
            <dd>{summary.updated.toLocaleString()}</dd>
          </div>
          <div>
            <dt>Duplicates skipped</dt>
            <dd>{summary.skippedDuplicates.toLocaleString()}</dd>
          </div>
          <div>
            <dt>Rows left out</dt>
            <dd>{summary.failedRows.toLocaleString()}</dd>
          </div>
        </dl>
      )}
      {summary.failed.length > 0 ? (
        <>
          <h4>{failed ? "Rows to fix first" : "Rows that were left out"}</h4>
          <ProblemList problems={summary.failed} total={summary.failed.length} />
        </>
      ) : null}
      {summary.duplicates.length > 0 ? (
        <details className="import-duplicates">
          <summary>
            {summary.duplicates.length.toLocaleString()} {summary.duplicates.length === 1 ? "row was" : "rows were"} a
            duplicate
          </summary>
          <ul>
            {summary.duplicates.map((duplicate) => (
              <li key={duplicate.line}>
                Line {duplicate.line}: {duplicate.action === "skipped" ? "skipped" : "merged in"} — same as{" "}
                {duplicate.matched}.
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
