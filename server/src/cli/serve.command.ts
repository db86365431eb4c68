import { type Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config.ts";
import { seedDemoAccount, seedHeavySeeker } from "../demo/demo-seed.ts";
import { repoRoot, startServer } from "../main.ts";
import { ensureWebBuilt } from "./web-build.ts";

/** `debrief serve` (what `npm start` runs): build the web app if needed, migrate, listen. */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("start the Debrief server (builds the web app first when it is missing or stale)")
    .option("--no-build", "serve the existing web build even if it is stale")
    .option("--demo", "add a demo account holding a user researcher's three-month search (credentials printed)")
    .option(
      "--scale <applications>",
      "with --demo: also give the demo account this many generated applications",
      (value) => {
        const count = Number(value);
        if (!Number.isInteger(count) || count < 1 || count > 100_000) {
          throw new InvalidArgumentError("--scale must be a whole number from 1 to 100000.");
        }
        return count;
      },
    )
    .action(async (options: { build: boolean; demo?: boolean; scale?: number }) => {
      const config = loadConfig();
      if (options.build) await ensureWebBuilt(repoRoot, (line) => console.log(line));
      const server = await startServer(config);
      console.log(`Debrief is running at ${config.publicUrl} (listening on ${server.url})`);
      if (options.demo) {
        const demo = await seedDemoAccount(server.services);
        console.log(
          demo.created
            ? `Demo account: ${demo.email} / password: ${demo.password}`
            : `Demo account ${demo.email} already exists (use \`debrief user reset-password --email ${demo.email}\` if you lost its password).`,
        );
        if (options.scale && demo.created) {
          const user = await server.services.db.kysely
            .selectFrom("users")
            .select("id")
            .where("email", "=", demo.email)
            .executeTakeFirstOrThrow();
          const counts = await seedHeavySeeker(server.services.db, user.id, { applications: options.scale });
          console.log(
            `Added ${counts.applications} applications and ${counts.interviews} interviews to the demo account.`,
          );
        }
      }

      // Graceful shutdown: stop accepting, finish in-flight requests, close the database.
      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        server.app.log.info({ signal }, "shutting down");
        const forceExit = setTimeout(() => process.exit(1), 10_000);
        forceExit.unref();
        await server.stop();
        process.exit(0);
      };
      process.once("SIGTERM", () => void shutdown("SIGTERM"));
      process.once("SIGINT", () => void shutdown("SIGINT"));
      await new Promise(() => {});
    });
}
