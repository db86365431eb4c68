/**
 * The CSV import benchmark: a generated spreadsheet of many applications, uploaded and
 * committed over HTTP as the heavy seeker (so it is checked against their existing
 * applications for duplicates, as a real import would be). Prints how long each step took.
 */

const stages = ["wishlist", "applied", "screening", "interviewing", "offer", "rejected", "ghosted", "withdrawn"];
const modes = ["remote", "hybrid", "on-site"];
const cities = ["Berlin", "Lisbon", "Remote (EU)", "Toronto", "Austin, TX", "London"];

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A spreadsheet such as a person keeps by hand: one row per application, every column filled. */
export function generateImportCsv(rows: number): string {
  const lines = ["Title,Company,Status,Date applied,Link,Location,Work mode,Salary,Tags,Notes"];
  for (let n = 0; n < rows; n++) {
    const day = String((n % 28) + 1).padStart(2, "0");
    const month = String((n % 12) + 1).padStart(2, "0");
    const low = 50 + (n % 60);
    lines.push(
      [
        `Imported Researcher ${n}`,
        `Bench Import Co ${n % 800}`,
        stages[n % stages.length] ?? "applied",
        `2024-${month}-${day}`,
        `https://jobs.bench.example/import/${n}`,
        cities[n % cities.length] ?? "",
        modes[n % modes.length] ?? "",
        `€${low}k–${low + 15}k`,
        n % 3 === 0 ? "research; imported" : "imported",
        n % 5 === 0 ? `Spoke to the recruiter, "promising"\nFollow up in a week` : "",
      ]
        .map(quote)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

export interface ImportMeasurement {
  rows: number;
  bytes: number;
  uploadMs: number;
  commitMs: number;
  created: number;
}

/** Uploads and commits the generated file with a Bearer token; fails loudly if anything was refused. */
export async function measureImport(target: { url: string; token: string }, rows = 10_000): Promise<ImportMeasurement> {
  const csv = generateImportCsv(rows);
  const headers = { authorization: `Bearer ${target.token}` };
  const uploadStarted = performance.now();
  const upload = await fetch(`${target.url}/api/imports?fileName=bench.csv`, {
    method: "POST",
    headers: { ...headers, "content-type": "text/csv" },
    body: csv,
  });
  if (upload.status !== 201) throw new Error(`import upload failed: ${upload.status} ${await upload.text()}`);
  const { importId } = (await upload.json()) as { importId: string };
  const uploadMs = performance.now() - uploadStarted;

  const commitStarted = performance.now();
  const commit = await fetch(`${target.url}/api/imports/${importId}/commit`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ mode: "all_or_nothing", onDuplicate: "skip" }),
  });
  if (commit.status !== 200) throw new Error(`import commit failed: ${commit.status} ${await commit.text()}`);
  const summary = (await commit.json()) as { created: number; skippedDuplicates: number; failedRows: number };
  const commitMs = performance.now() - commitStarted;
  if (summary.created !== rows) {
    const { created, skippedDuplicates, failedRows } = summary;
    throw new Error(
      `expected ${rows} new applications, got ${JSON.stringify({ created, skippedDuplicates, failedRows })}`,
    );
  }
  return { rows, bytes: Buffer.byteLength(csv), uploadMs, commitMs, created: summary.created };
}

/** One line for the report. */
export function formatImportMeasurement(result: ImportMeasurement, database: string): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return (
    `CSV import on ${database}: ${result.rows.toLocaleString("en")} rows (${(result.bytes / 1024 / 1024).toFixed(1)} MB) — ` +
    `upload + preview ${seconds(result.uploadMs)}, commit ${seconds(result.commitMs)}, ` +
    `total ${seconds(result.uploadMs + result.commitMs)}`
  );
}
