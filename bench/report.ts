import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname } from "node:path";
import type { LoadFigures } from "./load.ts";
import type { Round } from "./rounds.ts";

/** One scenario's outcome: measured against the real server and its bare baseline, or skipped. */
export type ScenarioResult =
  | {
      name: string;
      path: string;
      status: number;
      bodyBytes: number;
      /** Medians over the rounds. */
      real: LoadFigures;
      baseline: LoadFigures;
      /** The median of the rounds' real ÷ baseline. */
      ratio: number;
      rounds: Round[];
    }
  | { name: string; path: string; skipped: string };

/** True when the scenario's answers were not all 2xx: the bench itself is broken then. */
export function isBroken(result: ScenarioResult): boolean {
  if ("skipped" in result) return false;
  const failed = (figures: LoadFigures) => figures.non2xx + figures.errors + figures.timeouts > 0;
  return result.status < 200 || result.status > 299 || failed(result.real) || failed(result.baseline);
}

const number = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The one table a run prints. */
export function formatTable(results: ScenarioResult[]): string {
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "base req/s", "base p99 ms", "ratio", "non-2xx/err", ""];
  const rows = results.map((result) => {
    if ("skipped" in result) return [result.name, "-", "-", "-", "-", "-", "-", "-", `skipped: ${result.skipped}`];
    const { real, baseline } = result;
    const failures = real.non2xx + real.errors + real.timeouts;
    const baseFailures = baseline.non2xx + baseline.errors + baseline.timeouts;
    return [
      result.name,
      number(real.requestsPerSecond),
      number(real.p50Ms),
      number(real.p99Ms),
      number(baseline.requestsPerSecond),
      number(baseline.p99Ms),
      number(result.ratio, 2),
      `${failures}/${baseFailures}`,
      isBroken(result) ? `BROKEN: status ${result.status}, not all 2xx` : "",
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column === row.length - 1
          ? cell.padEnd(widths[column] ?? 0)
          : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

/** Writes every figure plus what it ran on, so runs on different machines can be compared. */
export function writeJsonReport(
  file: string,
  run: { options: object; seeded: object; results: ScenarioResult[]; directionScaling?: object | null },
): void {
  mkdirSync(dirname(file), { recursive: true });
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine, ...run }, null, 2)}\n`);
}
