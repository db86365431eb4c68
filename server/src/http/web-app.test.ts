import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installErrorHandler } from "./error-handler.ts";
import { installWebApp } from "./web-app.ts";

describe("the web app", () => {
  let dist: string;
  let app: FastifyInstance;
  beforeEach(async () => {
    dist = mkdtempSync(join(tmpdir(), "debrief-web-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), '<script src="/assets/app-1.js"></script>');
    writeFileSync(join(dist, "assets", "app-1.js"), "console.log(1)");
    app = Fastify();
    installErrorHandler(app);
    await installWebApp(app, dist);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves index.html at / and for client routes, revalidated by ETag", async () => {
    const root = await app.inject({ method: "GET", url: "/" });
    expect(root.statusCode).toBe(200);
    expect(root.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(root.headers["cache-control"]).toBe("no-cache");
    expect(root.body).toContain("app-1.js");
    const clientRoute = await app.inject({ method: "GET", url: "/applications/123?tab=notes" });
    expect(clientRoute.body).toBe(root.body);
    const again = await app.inject({ method: "GET", url: "/", headers: { "if-none-match": root.headers.etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("serves hashed assets for a year and answers unknown API and asset paths with 404", async () => {
    const asset = await app.inject({ method: "GET", url: "/assets/app-1.js" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await app.inject({ method: "GET", url: "/assets/missing.js" })).statusCode).toBe(404);
    const api = await app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe("not_found");
  });

  it("picks up a rebuilt index.html without a restart", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    writeFileSync(join(dist, "index.html"), '<script src="/assets/app-2.js"></script>');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dist, "index.html"), later, later);
    vi.setSystemTime(Date.now() + 2000);
    expect((await app.inject({ method: "GET", url: "/" })).body).toContain("app-2.js");
  });
});
