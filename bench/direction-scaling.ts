import { sql } from "kysely";
import { seedHeavySeeker } from "../server/src/demo/demo-seed.ts";
import type { Services } from "../server/src/services.ts";

/**
 * How direction insights grow with the number of debriefs. The `direction` scenario measures
 * the endpoint, which serves bytes cached per pipeline revision; this measures what a cache miss
 * costs: DirectionService.compute (the SQL aggregations and the arithmetic, past the cache)
 * for three more heavy seekers seeded into the bench database with 200, 2,000 and 20,000
 * applications — 500, 5,000 and 50,000 debriefs (2.5 held interviews per application, each
 * debriefed). Growth no worse than linear shows as a flat "ms per 1,000 debriefs" column.
 *
 * It runs whenever the `direction` scenario runs (so in a full run, and alone with
 * `--only direction`), after the read scenarios so its extra users cannot change what they saw.
 * Seeding the 50,000-debrief user takes a while (tens of seconds on PostgreSQL).
 */

export interface DirectionScalingRow {
  applications: number;
  debriefs: number;
  runs: number;
  medianMs: number;
  msPer1000Debriefs: number;
}

const sizes = [200, 2_000, 20_000];
const runs = 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Seeds one user per size and times the uncached computation: one warm-up, then the median of five. */
export async function measureDirectionScaling(
  services: Services,
  log: (message: string) => void,
): Promise<DirectionScalingRow[]> {
  const rows: DirectionScalingRow[] = [];
  for (const applications of sizes) {
    const { user } = await services.auth.register(
      {
        email: `direction-${applications}@bench.example`,
        password: "benchmark password, not a secret",
        displayName: "Scaling",
      },
      { ip: "127.0.0.1", userAgent: "bench" },
    );
    const seededAt = performance.now();
    const seeded = await seedHeavySeeker(services.db, user.id, { applications });
    // PostgreSQL's autovacuum analyzes a bulk load within a minute or so; until then the planner
    // works from empty-table estimates. Analyze now, so each size is timed with the plans it keeps.
    if (services.db.dialect === "postgres") await sql`analyze`.execute(services.db.kysely);
    log(
      `  direction scaling: seeded ${seeded.debriefs} debriefs in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`,
    );
    const warm = await services.direction.compute(user.id);
    if (warm.debriefCount !== seeded.debriefs) {
      throw new Error(`expected ${seeded.debriefs} debriefs in the insights, got ${warm.debriefCount}`);
    }
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      await services.direction.compute(user.id);
      times.push(performance.now() - started);
    }
    const medianMs = median(times);
    rows.push({
      applications,
      debriefs: seeded.debriefs,
      runs,
      medianMs,
      msPer1000Debriefs: (medianMs / seeded.debriefs) * 1000,
    });
  }
  return rows;
}

/** The small table the run prints. */
export function formatDirectionScaling(rows: readonly DirectionScalingRow[], database: string): string {
  const header = ["debriefs", "median ms", "ms per 1,000 debriefs"];
  const body = rows.map((row) => [
    row.debriefs.toLocaleString("en-US"),
    row.medianMs.toFixed(1),
    row.msPer1000Debriefs.toFixed(1),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((line) => (line[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ");
  return [
    `Direction insights computed uncached on ${database} (median of ${runs} runs after a warm-up):`,
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...body.map(line),
  ].join("\n");
}
