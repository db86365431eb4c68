import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Everything the web bundle is built from: if any of it is newer than the build, rebuild. */
const webInputs = (repoRoot: string) => [
  join(repoRoot, "web", "src"),
  join(repoRoot, "web", "public"),
  join(repoRoot, "web", "index.html"),
  join(repoRoot, "web", "vite.config.ts"),
  join(repoRoot, "contract"),
  join(repoRoot, "package-lock.json"),
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when web/dist is missing or older than any of its sources. */
export function webBuildIsStale(repoRoot: string): boolean {
  const builtIndex = join(repoRoot, "web", "dist", "index.html");
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return webInputs(repoRoot).some((input) => newestMtime(input) > builtAt);
}

/** Builds the web app with Vite when the build is missing or stale; returns whether it built. */
export async function ensureWebBuilt(repoRoot: string, log: (line: string) => void): Promise<boolean> {
  if (!existsSync(join(repoRoot, "web", "vite.config.ts"))) return false;
  if (!webBuildIsStale(repoRoot)) return false;
  log("Building the web app (first start, or its sources changed)…");
  const started = Date.now();
  const { build } = await import("vite");
  await build({ configFile: join(repoRoot, "web", "vite.config.ts"), logLevel: "warn" });
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
