import type { LineProblem } from "../../../../../contract/imports.ts";

/** "Line 4, column “Excitement”: must be from 1 to 5." */
export function describeLineProblem(problem: LineProblem): string {
  const where = problem.column ? `Line ${problem.line}, column “${problem.column}”` : `Line ${problem.line}`;
  return `${where}: ${problem.message}${/[.!?]$/.test(problem.message) ? "" : "."}`;
}

/** Problems line by line, with a count of those not shown. Text from the file is shown as text, never markup. */
export function ProblemList({ problems, total }: { problems: LineProblem[]; total: number }) {
  if (problems.length === 0) return null;
  const hidden = total - problems.length;
  return (
    <>
      <ul className="import-problems">
        {problems.map((problem, index) => (
          // A line can have several problems, and the same problem can repeat; the position is what's stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced, never reordered
          <li key={index}>{describeLineProblem(problem)}</li>
        ))}
      </ul>
      {hidden > 0 ? <p className="field-hint">…and {hidden.toLocaleString()} more.</p> : null}
    </>
  );
}
