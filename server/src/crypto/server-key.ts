import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Config } from "../config.ts";
import { parseDatabaseUrl } from "../db/database.ts";
import { serverKeyBytes } from "./secret-box.ts";

/** The key file's name, next to the SQLite database (or in ./data for PostgreSQL). */
export const serverKeyFileName = "secret.key";

/**
 * The key that seals secrets at rest. SECRET_KEY wins when set. Otherwise a key file, made on
 * first start with mode 0600: beside the SQLite database (so a backup of that folder keeps
 * the two together), or in ./data for PostgreSQL — where several instances must instead
 * share one SECRET_KEY, or each would make its own key and fail to open the others' secrets.
 * An in-memory database gets a throwaway key: nothing it seals outlives the process anyway.
 */
export function resolveServerKey(config: Pick<Config, "secretKey" | "databaseUrl">): Buffer {
  if (config.secretKey) return config.secretKey;
  const { dialect, target } = parseDatabaseUrl(config.databaseUrl);
  if (dialect === "sqlite" && target === ":memory:") return randomBytes(serverKeyBytes);
  const folder = dialect === "sqlite" ? dirname(resolve(target)) : resolve("data");
  return readOrCreateKeyFile(join(folder, serverKeyFileName));
}

/** Reads the key file, or creates it (exclusively, so two processes starting at once agree on one key). */
export function readOrCreateKeyFile(file: string): Buffer {
  try {
    return readKeyFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(serverKeyBytes).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    // The mode given at creation is filtered by the umask; make sure it is exactly owner-only.
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readKeyFile(file);
}

function readKeyFile(file: string): Buffer {
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== serverKeyBytes) {
    throw new Error(`${file} does not hold a ${serverKeyBytes}-byte base64 key; restore it from a backup`);
  }
  if ((statSync(file).mode & 0o077) !== 0) {
    // Readable by others: tighten it rather than refuse to start.
    chmodSync(file, 0o600);
  }
  return key;
}
