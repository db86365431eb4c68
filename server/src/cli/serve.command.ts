import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { repoRoot, startServer } from "../main.ts";
import { ensureWebBuilt } from "./web-build.ts";

/** `debrief serve` (what `npm start` runs): build the web app if needed, migrate, listen. */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("start the Debrief server (builds the web app first when it is missing or stale)")
    .option("--no-build", "serve the existing web build even if it is stale")
    .action(async (options: { build: boolean }) => {
      const config = loadConfig();
      if (options.build) await ensureWebBuilt(repoRoot, (line) => console.log(line));
      const server = await startServer(config);
      console.log(`Debrief is running at ${config.publicUrl} (listening on ${server.url})`);

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
