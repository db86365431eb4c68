import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import cliProgress from "cli-progress";
import { type Command, InvalidArgumentError } from "commander";
import { type DuplicateAction, importFormatLabels, type LineProblem } from "../../../contract/imports.ts";
import { maxImportBytes, maxImportSizeLabel } from "../features/imports/csv-decoding.ts";
import type { ImportProgress } from "../features/imports/imports.service.ts";
import { withServices } from "./with-database.ts";

/** Accepts only the given words for an option. */
export const oneOf =
  <T extends string>(choices: readonly T[], option: string) =>
  (value: string): T => {
    if (!(choices as readonly string[]).includes(value)) {
      throw new InvalidArgumentError(`${option} must be ${choices.join(" or ")}.`);
    }
    return value as T;
  };

const phaseLabels: Record<ImportProgress["phase"], string> = { checking: "Checking rows", writing: "Writing      " };

export const describeProblem = (problem: LineProblem) =>
  `  line ${problem.line}${problem.column ? `, column “${problem.column}”` : ""}: ${problem.message}`;

/** A progress bar on stderr (so stdout stays clean for scripts); silent when stderr is not a terminal. */
function progressBar() {
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: "{phase} [{bar}] {value}/{total}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: ImportProgress["phase"] | null = null;
  return {
    update(progress: ImportProgress) {
      if (phase === null) bar.start(progress.total, progress.done, { phase: phaseLabels[progress.phase] });
      else if (phase !== progress.phase) bar.setTotal(progress.total);
      phase = progress.phase;
      bar.update(progress.done, { phase: phaseLabels[progress.phase] });
    },
    stop: () => bar.stop(),
  };
}

/** `debrief import <file>`: the same import as the web app's, with the suggested column mapping. */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "import applications from a CSV file: a LinkedIn, Huntr, Teal or JobSync export, or a spreadsheet with recognisable column names",
    )
    .argument("<file>", "the CSV file")
    .option("--email <email>", "the account to import into (may be left out when the server has one account)")
    .option(
      "--on-duplicate <action>",
      "what to do with rows that match an application you already have: skip or update",
      oneOf<DuplicateAction>(["skip", "update"], "--on-duplicate"),
      "skip",
    )
    .option("--valid-rows", "import the valid rows and report the others (by default one bad row stops the import)")
    .action(async (file: string, options: { email?: string; onDuplicate: DuplicateAction; validRows?: boolean }) => {
      const size = statSync(file, { throwIfNoEntry: false })?.size;
      if (size === undefined) throw new Error(`${file} does not exist.`);
      if (size > maxImportBytes) throw new Error(`${file} is larger than the ${maxImportSizeLabel} limit for imports.`);
      const bytes = readFileSync(file);
      await withServices(async (services) => {
        const actor = await services.imports.cliActor(options.email);
        const preview = await services.imports.upload(actor, basename(file), bytes);
        console.log(`${basename(file)}: ${importFormatLabels[preview.format]}, ${preview.rowCount} rows.`);
        if (preview.mappingProblems.length > 0) {
          for (const problem of preview.mappingProblems) console.error(`  ${problem}`);
          throw new Error("The columns couldn't be matched automatically; map them on the Import page of the web app.");
        }
        const bar = progressBar();
        let summary: Awaited<ReturnType<typeof services.imports.commit>>;
        try {
          summary = await services.imports.commit(
            actor,
            preview.importId,
            { onDuplicate: options.onDuplicate, mode: options.validRows ? "valid_rows" : "all_or_nothing" },
            (progress) => bar.update(progress),
          );
        } finally {
          bar.stop();
        }
        const report = summary.status === "failed" ? console.error : console.log;
        if (summary.failed.length > 0) {
          report(`Rows with problems (${summary.failedRows}):`);
          for (const problem of summary.failed) report(describeProblem(problem));
        }
        if (summary.status === "failed") throw new Error(summary.message);
        console.log(summary.message);
      });
    });
}
