import { isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";
import type { DialectName } from "../server/src/db/database.ts";

/** How a benchmark run is configured from the command line. */
export interface BenchOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Back-to-back real/baseline pairs per scenario; the table shows their medians. */
  rounds: number;
  /** Scenario names to run; empty means all. */
  only: string[];
  database: DialectName;
  /** Applications seeded for the heavy seeker. */
  applications: number;
  /** Where to write the JSON figures, or null. */
  jsonFile: string | null;
}

export const benchUsage = `Usage: npm run bench -- [options]
  --connections <n>    concurrent connections (default 32)
  --duration <s>       measured seconds per run (default 5)
  --warmup <s>         discarded warm-up seconds per server (default 1, 0 for none)
  --rounds <n>         real/baseline pairs per scenario, first one then the other
                       alternating; the table shows medians (default 3)
  --only <names>       only these scenarios (comma-separated, or repeat the flag);
                       "outbox" is the email outbox drain
  --database <name>    sqlite (default) or postgres (embedded PostgreSQL)
  --applications <n>   applications seeded for the heavy seeker (default 2000)
  --json <file>        also write every figure as JSON (a bare name goes to bench/results/)
  --help               show this`;

/** A mistake on the command line: reported with the usage, without a stack trace. */
export class BenchUsageError extends Error {
  override name = "BenchUsageError";
}

const resultsDir = join(import.meta.dirname, "results");

function wholeNumber(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new BenchUsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  }
  return number;
}

function readArgv(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        connections: { type: "string" },
        duration: { type: "string" },
        warmup: { type: "string" },
        rounds: { type: "string" },
        only: { type: "string", multiple: true },
        database: { type: "string" },
        applications: { type: "string" },
        json: { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
    }).values;
  } catch (error) {
    // parseArgs throws for unknown flags and missing values; those are usage mistakes too.
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Parses argv (without node and the script); throws BenchUsageError on bad input. */
export function parseBenchOptions(argv: string[]): BenchOptions | "help" {
  const values = readArgv(argv);
  if (values.help) return "help";
  const database = values.database ?? "sqlite";
  if (database !== "sqlite" && database !== "postgres") {
    throw new BenchUsageError(`--database must be sqlite or postgres, got "${database}"`);
  }
  const json = values.json;
  return {
    connections: wholeNumber("connections", values.connections, 32),
    durationSeconds: wholeNumber("duration", values.duration, 5),
    warmupSeconds: wholeNumber("warmup", values.warmup, 1, 0),
    rounds: wholeNumber("rounds", values.rounds, 3),
    only: (values.only ?? [])
      .flatMap((value) => value.split(","))
      .map((name) => name.trim())
      .filter(Boolean),
    database,
    applications: wholeNumber("applications", values.applications, 2000),
    jsonFile: json === undefined ? null : isAbsolute(json) || json.includes("/") ? json : join(resultsDir, json),
  };
}
