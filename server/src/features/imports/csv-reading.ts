import { CsvError, parse } from "csv-parse/sync";
import type { LineProblem } from "../../../../contract/imports.ts";
import { badRequest } from "../../errors.ts";

/** One data row of the file; `line` is where it starts (a quoted cell may span several lines). */
export interface CsvRow {
  line: number;
  values: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  /** Rows that could not be read as they are (more cells than the header has columns). */
  problems: LineProblem[];
}

/** Excel writes ";" where the decimal mark is a comma, and "Unicode text" uses tabs. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, "");
  const counts = [",", ";", "\t"].map((delimiter) => ({ delimiter, n: outsideQuotes.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0] && counts[0].n > 0 ? counts[0].delimiter : ",";
}

/** Blank headers get a name, and repeated ones a number, so every column can be mapped on its own. */
function uniqueHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

const newlinesIn = (cells: string[]) => cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/**
 * Reads CSV text into a header and rows with their line numbers. Stray quotes inside unquoted
 * cells are kept as text (common in hand-made files); a quote that never closes cannot be
 * read around and stops the import with the line where it opened.
 */
export function readCsv(text: string): CsvTable {
  if (text.trim() === "") throw badRequest("The file is empty.", [{ path: "file", message: "is empty" }]);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With info: true each record comes with where it ended; the typings only know plain records.
    records = parse(text, {
      delimiter: guessDelimiter(text),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      const where = line ? ` on line ${line}` : "";
      throw badRequest(`The file couldn't be read as CSV${where}: ${error.message}`, [
        { path: "file", message: `is not valid CSV${where}` },
      ]);
    }
    throw error;
  }

  const [header, ...body] = records;
  if (!header) throw badRequest("The file is empty.", [{ path: "file", message: "is empty" }]);
  const headers = uniqueHeaders(header.record);
  const rows: CsvRow[] = [];
  const problems: LineProblem[] = [];
  for (const { record, info } of body) {
    const line = info.lines - newlinesIn(record);
    if (record.every((cell) => cell.trim() === "")) continue;
    const extra = record.slice(headers.length);
    if (extra.some((cell) => cell.trim() !== "")) {
      problems.push({
        line,
        column: null,
        message: `has ${record.length} cells but the header has ${headers.length} columns (a comma inside an unquoted cell?)`,
      });
    }
    const values = record.slice(0, headers.length);
    while (values.length < headers.length) values.push("");
    rows.push({ line, values });
  }
  return { headers, rows, problems };
}
