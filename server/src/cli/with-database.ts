import { loadConfig } from "../config.ts";
import { resolveServerKey } from "../crypto/server-key.ts";
import { openDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { createServices, type Services } from "../services.ts";

/** Opens and migrates the configured database, runs the work, and always closes it. */
export async function withServices<T>(work: (services: Services) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl, { poolSize: 2 });
  try {
    await migrateToLatest(db);
    return await work(createServices(db, { ...config, secretKey: resolveServerKey(config) }));
  } finally {
    await db.close();
  }
}
