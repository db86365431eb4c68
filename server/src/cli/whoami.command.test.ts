import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config.ts";
import { type RunningServer, startServer } from "../main.ts";
import { runCli } from "./main.ts";

describe("debrief whoami against a running server", () => {
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    server = await startServer(loadConfig({ DATABASE_URL: "sqlite::memory:", PORT: "0", LOG_LEVEL: "silent" }), {
      webDist: null,
    });
    const { user } = await server.services.auth.register(
      { email: "remote@example.test", password: "correct horse battery", displayName: "Remy" },
      { ip: null, userAgent: null },
    );
    token = (
      await server.services.tokens.create(
        { userId: user.id, role: user.role, via: "token", sessionId: null },
        { name: "cli" },
      )
    ).token;
  });
  afterAll(async () => server.stop());

  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line) => void out.push(String(line)));
    vi.spyOn(console, "error").mockImplementation((line) => void err.push(String(line)));
    const code = await runCli(["node", "debrief", "whoami", ...args]);
    vi.restoreAllMocks();
    return { code, out: out.join("\n"), err: err.join("\n") };
  };

  it("shows the token's account", async () => {
    const result = await run("--server", server.url, "--token", token);
    expect(result.code).toBe(0);
    expect(result.out).toContain("Remy <remote@example.test>, owner");
  });

  it("fails clearly with a wrong token or a bad server URL", async () => {
    const wrong = await run("--server", server.url, "--token", "dbf_wrong");
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain("does not accept this token");
    const badUrl = await run("--server", "not a url", "--token", token);
    expect(badUrl.code).not.toBe(0);
    expect(badUrl.err).toContain("DEBRIEF_SERVER");
  });
});
