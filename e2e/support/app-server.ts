import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureWebBuilt } from "../../server/src/cli/web-build.ts";
import { loadConfig } from "../../server/src/config.ts";
import { type RunningServer, repoRoot, startServer } from "../../server/src/main.ts";

export interface E2eServer {
  url: string;
  server: RunningServer;
  stop(): Promise<void>;
}

/**
 * The real server on a fresh SQLite file and a free port, serving the built web app. Pass a port
 * when the server must know its own address in advance (PUBLIC_URL: an identity provider's
 * redirect address is built from it).
 */
export async function startE2eServer(options: { port?: number } = {}): Promise<E2eServer> {
  await ensureWebBuilt(repoRoot, () => {});
  const dir = mkdtempSync(join(tmpdir(), "debrief-e2e-"));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, "e2e.db")}`,
    PORT: String(options.port ?? 0),
    LOG_LEVEL: "silent",
    ...(options.port ? { PUBLIC_URL: `http://127.0.0.1:${options.port}` } : {}),
  });
  const server = await startServer(config);
  return {
    url: server.url,
    server,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
