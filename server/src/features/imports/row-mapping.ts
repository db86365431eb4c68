import type { ApplicationStage, CreateApplicationRequest } from "../../../../contract/applications.ts";
import { createApplicationRequest } from "../../../../contract/applications.ts";
import type { ImportField, ImportMapping, LineProblem, MappedApplication } from "../../../../contract/imports.ts";
import { importFieldLabels, multiColumnFields } from "../../../../contract/imports.ts";
import type { FieldProblem } from "../../errors.ts";
import type { CsvRow } from "./csv-reading.ts";
import { htmlToText } from "./html-to-text.ts";
import {
  cleanCell,
  type Read,
  readDate,
  readExcitement,
  readMoney,
  readSalary,
  readStage,
  readTags,
  readUrl,
  readWorkMode,
} from "./import-values.ts";

/** An application ready to store: checked by the same schema as POST /api/applications. */
export type ImportedApplication = CreateApplicationRequest & {
  stage: ApplicationStage;
  tags: string[];
  notes: string;
};

/** Fields a row's own cells filled (as opposed to defaults): only these overwrite on update. */
export type ExplicitFields = ReadonlySet<keyof ImportedApplication>;

export interface MappingPlan {
  columns: { index: number; header: string; field: ImportField }[];
  defaultSource: string | null;
}

/** Where a field's value came from, so a refusal can name the column. */
const columnOfField: Partial<Record<string, ImportField[]>> = {
  salaryMin: ["salaryMin", "salary"],
  salaryMax: ["salaryMax", "salary"],
  salaryCurrency: ["salaryCurrency", "salary"],
  notes: ["notes", "descriptionHtml"],
};

/**
 * Checks a mapping against the file's header: every key must be a column, a single-value
 * field may come from one column only, and something must give the role title. Problems are
 * in the API's field shape (mapping.<column>); `missing` is what the preview shows as advice.
 */
export function checkMapping(
  headers: string[],
  mapping: ImportMapping,
  defaultSource: string | null,
): { plan: MappingPlan; problems: FieldProblem[]; missing: string[] } {
  const problems: FieldProblem[] = [];
  const usedBy = new Map<ImportField, string>();
  const columns: MappingPlan["columns"] = [];
  for (const [header, field] of Object.entries(mapping)) {
    const index = headers.indexOf(header);
    if (index < 0) {
      problems.push({ path: `mapping.${header}`, message: "is not a column of this file" });
      continue;
    }
    if (!field) continue;
    const earlier = usedBy.get(field);
    if (earlier && !multiColumnFields.includes(field)) {
      problems.push({
        path: `mapping.${header}`,
        message: `fills ${importFieldLabels[field]}, which column “${earlier}” already fills`,
      });
      continue;
    }
    usedBy.set(field, header);
    columns.push({ index, header, field });
  }
  if (usedBy.has("salary") && (usedBy.has("salaryMin") || usedBy.has("salaryMax"))) {
    problems.push({
      path: `mapping.${usedBy.get("salary")}`,
      message: "fills Salary (range); map either a range or separate from/to columns, not both",
    });
  }
  const missing = usedBy.has("roleTitle") ? [] : [`No column is mapped to ${importFieldLabels.roleTitle} yet.`];
  return { plan: { columns: columns.sort((a, b) => a.index - b.index), defaultSource }, problems, missing };
}

export interface MappedRow {
  line: number;
  /** What the cells say, even when the row is refused (presentMapped turns it into the preview's shape). */
  candidate: Record<string, unknown>;
  /** Set when the row passes every check. */
  application: ImportedApplication | null;
  explicit: ExplicitFields;
  problems: LineProblem[];
}

const currencyWords: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

/** What one row has given so far; helpers below fill it (no closures per row: imports run 10,000 of them). */
interface RowState {
  line: number;
  values: Record<string, unknown>;
  /** Field → the column it came from, so a refusal can name the column. */
  from: Map<string, string>;
  problems: LineProblem[];
}

function put(state: RowState, field: string, header: string, value: unknown): void {
  state.values[field] = value;
  state.from.set(field, header);
}

function accept<T>(state: RowState, header: string, read: Read<T>): T | undefined {
  if (read.ok) return read.value;
  state.problems.push({ line: state.line, column: header, message: read.message });
  return undefined;
}

/** Reads one row through the mapping and checks it with the API's own rules. */
export function mapRow(row: CsvRow, plan: MappingPlan): MappedRow {
  const state: RowState = { line: row.line, values: {}, from: new Map(), problems: [] };
  const { values, from, problems } = state;
  const tags: string[] = [];
  const notes: { header: string; text: string }[] = [];

  for (const { index, header, field } of plan.columns) {
    const cell = cleanCell(row.values[index] ?? "");
    if (cell === "") continue;
    switch (field) {
      case "roleTitle":
      case "companyName":
      case "location":
      case "source":
        put(state, field, header, cell);
        break;
      case "jobUrl":
        put(state, field, header, readUrl(cell));
        break;
      case "salaryCurrency":
        put(state, field, header, currencyWords[cell] ?? cell);
        break;
      case "stage": {
        const stage = accept(state, header, readStage(cell));
        if (stage !== undefined) put(state, field, header, stage);
        break;
      }
      case "appliedOn":
      case "foundOn":
      case "closedOn": {
        const date = accept(state, header, readDate(cell));
        if (date !== undefined) put(state, field, header, date);
        break;
      }
      case "workMode": {
        const mode = accept(state, header, readWorkMode(cell));
        if (mode !== undefined) put(state, field, header, mode);
        break;
      }
      case "excitement": {
        const number = accept(state, header, readExcitement(cell));
        if (number !== undefined) put(state, field, header, number);
        break;
      }
      case "salaryMin":
      case "salaryMax": {
        const amount = accept(state, header, readMoney(cell));
        if (amount !== undefined) put(state, field, header, amount);
        break;
      }
      case "salary": {
        const range = accept(state, header, readSalary(cell));
        if (range === undefined) break;
        put(state, "salaryMin", header, range.min);
        put(state, "salaryMax", header, range.max);
        if (range.currency && values.salaryCurrency === undefined) put(state, "salaryCurrency", header, range.currency);
        break;
      }
      case "tags":
        for (const tag of readTags(cell)) tags.push(tag);
        if (!from.has("tags")) from.set("tags", header);
        break;
      case "notes":
        notes.push({ header, text: cell });
        break;
      case "descriptionHtml":
        notes.push({ header, text: htmlToText(cell) });
        break;
    }
  }

  const explicit = new Set(Object.keys(values)) as Set<keyof ImportedApplication>;
  if (tags.length) explicit.add("tags");
  const noteText =
    notes.length === 1
      ? (notes[0]?.text ?? "")
      : notes
          .filter((note) => note.text)
          .map((note) => `${note.header}: ${note.text}`)
          .join("\n\n");
  if (noteText) {
    explicit.add("notes");
    from.set("notes", notes[0]?.header ?? "");
  }
  const candidate = {
    ...values,
    roleTitle: values.roleTitle ?? "",
    source: values.source ?? plan.defaultSource ?? undefined,
    stage: values.stage ?? (values.appliedOn ? "applied" : "wishlist"),
    tags: uniqueIgnoringCase(tags),
    notes: noteText,
  };
  if (problems.length > 0) return { line: row.line, candidate, application: null, explicit, problems };

  const checked = createApplicationRequest.safeParse(candidate);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? "");
      const column = from.get(field) ?? columnFor(plan, field);
      problems.push({ line: row.line, column, message: issue.message.replace(/^Invalid input: /, "") });
    }
    return { line: row.line, candidate, application: null, explicit, problems };
  }
  return { line: row.line, candidate, application: checked.data as ImportedApplication, explicit, problems };
}

function columnFor(plan: MappingPlan, field: string): string | null {
  const fields = columnOfField[field] ?? [field];
  return plan.columns.find((column) => fields.includes(column.field))?.header ?? null;
}

/** Tags are unique per application, whatever their case. */
export function uniqueIgnoringCase(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A row's values as the preview shows them. */
export function presentMapped(candidate: Record<string, unknown>): MappedApplication {
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);
  const number = (value: unknown) => (typeof value === "number" ? value : null);
  return {
    roleTitle: text(candidate.roleTitle),
    companyName: text(candidate.companyName),
    stage: text(candidate.stage),
    appliedOn: text(candidate.appliedOn),
    foundOn: text(candidate.foundOn),
    closedOn: text(candidate.closedOn),
    jobUrl: text(candidate.jobUrl),
    location: text(candidate.location),
    workMode: text(candidate.workMode),
    salaryMin: number(candidate.salaryMin),
    salaryMax: number(candidate.salaryMax),
    salaryCurrency: text(candidate.salaryCurrency),
    source: text(candidate.source),
    excitement: number(candidate.excitement),
    tags: (candidate.tags as string[]) ?? [],
    notes: typeof candidate.notes === "string" ? candidate.notes : "",
  };
}
