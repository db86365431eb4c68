import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import { resolveServerKey } from "./crypto/server-key.ts";
import { type Db, openDatabase } from "./db/database.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { createServices, type Services } from "./services.ts";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const webDistDir = join(repoRoot, "web", "dist");

export interface RunningServer {
  app: FastifyInstance;
  db: Db;
  services: Services;
  url: string;
  stop(): Promise<void>;
}

/** config → db → migrate → app → listen. Used by `debrief serve`, the benchmarks and e2e tests. */
export async function startServer(
  config: Config,
  options: { webDist?: string | null; beforeListen?: (services: Services) => Promise<void> } = {},
): Promise<RunningServer> {
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db);
    const services = createServices(db, { ...config, secretKey: resolveServerKey(config) });
    await options.beforeListen?.(services);
    const app = await buildApp({
      config,
      services,
      webDist: options.webDist === undefined ? webDistDir : options.webDist,
    });
    const address = await app.listen({ port: config.port, host: config.host });
    const stopHousekeeping = services.startHousekeeping((error) => app.log.warn({ err: error }, "housekeeping failed"));
    let stopped = false;
    return {
      app,
      db,
      services,
      url: address,
      async stop() {
        if (stopped) return;
        stopped = true;
        await stopHousekeeping();
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
