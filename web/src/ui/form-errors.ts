import { ApiError } from "../lib/api.ts";

/** What a form shows after a failed submit: one summary line and messages per field name. */
export interface FormErrors {
  message: string | null;
  fields: Record<string, string>;
}

export const noErrors: FormErrors = { message: null, fields: {} };

/** Field names mapped to their visible labels, so "password" + "must be…" reads as a sentence. */
export type FieldLabels = Record<string, string>;

/** One problem with one input, in the API's shape. */
export interface Problem {
  path: string;
  message: string;
}

const checkFields = "Some answers need another look. Details are next to each field.";

/** "roleFamilies.2" → "roleFamilies": problems inside a list belong to the list's input. */
function fieldOf(path: string): string {
  return path.split(".")[0] ?? path;
}

function sentence(label: string, fragment: string): string {
  const text = `${label} ${fragment}`.trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Turns problems (from the API or from checking a contract schema here) into form errors. */
export function errorsFromProblems(problems: Problem[], labels: FieldLabels, message?: string): FormErrors {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    const label = labels[field];
    if (label === undefined) unplaced.push(problem.message);
    else fields[field] ??= sentence(label, problem.message);
  }
  const hasFields = Object.keys(fields).length > 0;
  return { message: message ?? (unplaced.length ? unplaced.join(" ") : hasFields ? checkFields : null), fields };
}

/** Zod issues from checking a contract schema here, in the shape the API would have answered with. */
export function problemsFromIssues(issues: readonly { path: PropertyKey[]; message: string }[]): Problem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}

/** Zod issues as form errors. */
export function errorsFromIssues(
  issues: readonly { path: PropertyKey[]; message: string }[],
  labels: FieldLabels,
): FormErrors {
  return errorsFromProblems(problemsFromIssues(issues), labels);
}

/** Any thrown error as form errors; ApiError fields land next to their inputs. */
export function errorsFromError(error: unknown, labels: FieldLabels): FormErrors {
  if (!(error instanceof ApiError)) return { message: "Something unexpected went wrong. Try again.", fields: {} };
  if (error.code === "validation_failed" && error.fields.length) return errorsFromProblems(error.fields, labels);
  return errorsFromProblems(error.fields, labels, error.message);
}
