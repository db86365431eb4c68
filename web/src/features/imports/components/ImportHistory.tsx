import type { ImportRecord } from "../../../../../contract/imports.ts";
import { formatDateTime } from "../../../lib/format-date.ts";

const statusLabels: Record<ImportRecord["status"], string> = {
  previewed: "Not imported",
  completed: "Imported",
  failed: "Stopped: rows to fix",
};

function counts(record: ImportRecord): string {
  if (record.status !== "completed") return "";
  const parts = [`${record.created ?? 0} new`];
  if (record.updated) parts.push(`${record.updated} updated`);
  if (record.skippedDuplicates) parts.push(`${record.skippedDuplicates} duplicates skipped`);
  if (record.failedRows) parts.push(`${record.failedRows} left out`);
  return ` · ${parts.join(", ")}`;
}

/** Earlier uploads, newest first. */
export function ImportHistory({ imports }: { imports: ImportRecord[] }) {
  if (imports.length === 0) return <p>No imports yet.</p>;
  return (
    <ul className="item-list">
      {imports.map((record) => (
        <li key={record.id} className="item">
          <div className="item-main">
            <p className="item-title">
              {record.fileName}
              <span className={`badge ${record.status === "completed" ? "badge-accent" : "badge-used"}`}>
                {statusLabels[record.status]}
              </span>
            </p>
            <p className="item-meta">
              {formatDateTime(record.completedAt ?? record.createdAt)}
              {counts(record)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
