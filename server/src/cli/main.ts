import { Command, CommanderError } from "commander";
import { ConfigError } from "../config.ts";
import { AppError } from "../errors.ts";
import { registerBackupCommand } from "./backup.command.ts";
import { registerExportCommand } from "./export.command.ts";
import { registerImportCommand } from "./import.command.ts";
import { registerMigrateCommand } from "./migrate.command.ts";
import { registerOutboxCommand } from "./outbox.command.ts";
import { registerPasswordSignInCommand } from "./password-sign-in.command.ts";
import { registerServeCommand } from "./serve.command.ts";
import { registerUserCommands } from "./user.command.ts";
import { registerWhoamiCommand } from "./whoami.command.ts";

/** Builds the `debrief` command tree. Each command lives in its own file. */
export function buildCli(): Command {
  const program = new Command("debrief")
    .description("Debrief: a self-hosted job-search companion.")
    .showHelpAfterError("(run with --help for usage)")
    .showSuggestionAfterError()
    .exitOverride();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerUserCommands(program);
  registerBackupCommand(program);
  registerWhoamiCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerOutboxCommand(program);
  registerPasswordSignInCommand(program);
  return program;
}

/** Runs the CLI and returns the exit code; errors become one clear line, not a stack trace. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof ConfigError || error instanceof AppError) {
      console.error(`debrief: ${error.message}`);
      return error instanceof ConfigError ? 78 : 1;
    }
    console.error(`debrief: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
