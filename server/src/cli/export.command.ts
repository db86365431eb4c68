import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { ExportFormat } from "../../../contract/imports.ts";
import { oneOf } from "./import.command.ts";
import { withServices } from "./with-database.ts";

/** `debrief export`: every application of an account, as CSV or JSON, to a file or stdout. */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("export applications as CSV (spreadsheet columns) or JSON (everything, with stage history)")
    .option("--format <format>", "csv or json", oneOf<ExportFormat>(["csv", "json"], "--format"), "csv")
    .option("--email <email>", "the account to export (may be left out when the server has one account)")
    .option("--output <file>", "write to this file instead of standard output")
    .action(async (options: { format: ExportFormat; email?: string; output?: string }) => {
      await withServices(async (services) => {
        const actor = await services.imports.cliActor(options.email);
        const file = await services.exports.export(actor, options.format);
        if (!options.output) {
          process.stdout.write(file.body);
          return;
        }
        writeFileSync(options.output, file.body);
        console.error(`Wrote ${file.count} applications to ${options.output}.`);
      });
    });
}
