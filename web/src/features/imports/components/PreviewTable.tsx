import { stageLabels } from "../../../../../contract/applications.ts";
import type { PreviewRow } from "../../../../../contract/imports.ts";

const stageName = (stage: string | null) => (stage ? (stageLabels[stage as keyof typeof stageLabels] ?? stage) : "—");

/** The first rows as they would be imported, with their problems; scrolls sideways on a phone. */
export function PreviewTable({ rows, total }: { rows: PreviewRow[]; total: number }) {
  return (
    // A scrolling region must be reachable by keyboard, so it takes focus and has a name.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users need to scroll it
    <section className="import-table-scroll" tabIndex={0} aria-label="Preview of the first rows">
      <table className="import-table">
        <caption>
          The first {rows.length} of {total.toLocaleString()} rows, as they would be imported
        </caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Role</th>
            <th scope="col">Company</th>
            <th scope="col">Stage</th>
            <th scope="col">Applied</th>
            <th scope="col">Notes</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-invalid={row.problems.length ? "" : undefined}>
              <th scope="row">{row.line}</th>
              <td>{row.mapped.roleTitle ?? "—"}</td>
              <td>{row.mapped.companyName ?? "—"}</td>
              <td>{stageName(row.mapped.stage)}</td>
              <td className="import-nowrap">{row.mapped.appliedOn ?? "—"}</td>
              <td className="import-notes">{row.mapped.notes ? truncate(row.mapped.notes, 90) : "—"}</td>
              <td>
                {row.problems.length
                  ? row.problems
                      .map((problem) => `${problem.column ? `${problem.column}: ` : ""}${problem.message}`)
                      .join("; ")
                  : "None"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
