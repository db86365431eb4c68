import { createApplicationRequest } from "../../../../contract/applications.ts";
import type { DuplicateAction, DuplicateOutcome, LineProblem } from "../../../../contract/imports.ts";
import { type ExplicitFields, type ImportedApplication, type MappedRow, uniqueIgnoringCase } from "./row-mapping.ts";

/** What the duplicate check needs to know about an application already in Debrief. */
export interface ExistingKey {
  id: string;
  roleTitle: string;
  companyName: string | null;
  jobUrl: string | null;
  appliedOn: string | null;
}

export interface PlannedCreate {
  line: number;
  application: ImportedApplication;
}

export interface PlannedUpdate {
  line: number;
  applicationId: string;
  application: ImportedApplication;
  explicit: ExplicitFields;
}

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  duplicates: DuplicateOutcome[];
  /** Problems of refused rows, line by line. */
  failures: LineProblem[];
  failedRows: number;
}

type Target = { kind: "existing"; id: string; label: string } | { kind: "file"; create: PlannedCreate };

/** Job links differ in case, trailing slashes and fragments without pointing anywhere else. */
const urlKey = (url: string | null | undefined) =>
  url ? `u:${url.trim().toLowerCase().replace(/#.*$/, "").replace(/\/+$/, "")}` : null;
const roleKey = (company: string | null | undefined, title: string, appliedOn: string | null | undefined) =>
  `r:${(company ?? "").trim().toLowerCase()}\u0001${title.trim().toLowerCase()}\u0001${appliedOn ?? ""}`;

const keysOf = (app: {
  jobUrl?: string | null;
  companyName?: string | null;
  roleTitle: string;
  appliedOn?: string | null;
}) =>
  [urlKey(app.jobUrl), roleKey(app.companyName, app.roleTitle, app.appliedOn)].filter((key): key is string => !!key);

const describe = (app: ExistingKey) =>
  `“${app.roleTitle}”${app.companyName ? ` at ${app.companyName}` : ""}, already in Debrief`;

/**
 * Decides what happens to each row: refused (with its problems), created, or — when it has the
 * same job link, or the same company, title and applied date, as an application already in
 * Debrief or an earlier line — skipped or merged in, as the person chose. Pure: the caller
 * loads the existing keys and stores the result.
 */
export function planImport(
  rows: MappedRow[],
  existing: ExistingKey[],
  onDuplicate: DuplicateAction,
  readProblems: LineProblem[] = [],
): ImportPlan {
  const index = new Map<string, Target>();
  for (const app of existing) {
    const target: Target = { kind: "existing", id: app.id, label: describe(app) };
    for (const key of keysOf(app)) if (!index.has(key)) index.set(key, target);
  }
  const unreadable = new Map<number, LineProblem[]>();
  for (const problem of readProblems) unreadable.set(problem.line, [...(unreadable.get(problem.line) ?? []), problem]);

  const plan: ImportPlan = { creates: [], updates: [], duplicates: [], failures: [], failedRows: 0 };
  const refuse = (problems: LineProblem[]) => {
    plan.failures.push(...problems);
    plan.failedRows += 1;
  };
  for (const row of rows) {
    const readProblem = unreadable.get(row.line);
    if (readProblem || !row.application) {
      refuse([...(readProblem ?? []), ...row.problems]);
      continue;
    }
    const incoming = row.application;
    const keys = keysOf(incoming);
    const target = keys.map((key) => index.get(key)).find((found) => found !== undefined);
    if (!target) {
      const create = { line: row.line, application: incoming };
      plan.creates.push(create);
      for (const key of keys) index.set(key, { kind: "file", create });
      continue;
    }
    const matched = target.kind === "existing" ? target.label : `line ${target.create.line} of this file`;
    const applicationId = target.kind === "existing" ? target.id : null;
    if (onDuplicate === "skip") {
      plan.duplicates.push({ line: row.line, action: "skipped", matched, applicationId });
      continue;
    }
    if (target.kind === "existing") {
      plan.updates.push({ line: row.line, applicationId: target.id, application: incoming, explicit: row.explicit });
    } else {
      const merged = mergeApplication(target.create.application, incoming, row.explicit);
      if (!merged.ok) {
        refuse(merged.problems.map((message) => ({ line: row.line, column: null, message })));
        continue;
      }
      target.create.application = merged.value;
    }
    plan.duplicates.push({ line: row.line, action: "updated", matched, applicationId });
    for (const key of keys) if (!index.has(key)) index.set(key, target);
  }
  return plan;
}

const appendNotes = (base: string, extra: string) =>
  !extra || base.includes(extra) ? base : base ? `${base}\n\n${extra}` : extra;

/**
 * A duplicate row laid over what is already there: the fields its cells filled replace the old
 * values, tags are added, and notes are appended — never replaced, because notes may hold what
 * the person wrote. The result is checked again, since a new applied date may now be after the
 * closed date.
 */
export function mergeApplication(
  base: ImportedApplication,
  incoming: ImportedApplication,
  explicit: ExplicitFields,
): { ok: true; value: ImportedApplication } | { ok: false; problems: string[] } {
  const merged: Record<string, unknown> = { ...base };
  for (const field of explicit) {
    if (field === "tags") merged.tags = uniqueIgnoringCase([...base.tags, ...incoming.tags]);
    else if (field === "notes") merged.notes = appendNotes(base.notes, incoming.notes);
    else merged[field] = incoming[field];
  }
  const checked = createApplicationRequest.safeParse(merged);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => `after merging: ${issue.path.join(".")} ${issue.message}`),
    };
  }
  return { ok: true, value: checked.data as ImportedApplication };
}
