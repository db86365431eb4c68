import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const limits = { perAccount: 3, perAddress: 6, windowMs: 60_000, blockMs: 60_000 };

describe.each(dialects)("sign-in throttling on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect, { throttle: limits });
  });
  afterAll(async () => testApp.close());

  const signIn = (email: string, password: string, ip: string) =>
    testApp.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      remoteAddress: ip,
      headers: { cookie: "debrief_csrf=t", "x-csrf-token": "t" },
      payload: { email, password },
    });

  it("blocks an account after repeated failures, even with the right password, and says when to retry", async () => {
    const { user, password } = await signedInClient(testApp);
    for (let attempt = 0; attempt < limits.perAccount; attempt++) {
      expect((await signIn(user.email, "wrong password", "10.0.0.1")).statusCode).toBe(401);
    }
    const blocked = await signIn(user.email, password, "10.0.0.2");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("rate_limited");
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("blocks unknown accounts the same way, so blocking reveals nothing", async () => {
    for (let attempt = 0; attempt < limits.perAccount; attempt++) {
      expect((await signIn("ghost@example.test", "whatever", "10.0.1.1")).statusCode).toBe(401);
    }
    expect((await signIn("ghost@example.test", "whatever", "10.0.1.2")).statusCode).toBe(429);
  });

  it("blocks an address that tries many accounts", async () => {
    for (let attempt = 0; attempt < limits.perAddress; attempt++) {
      await signIn(`spray${attempt}@example.test`, "guess", "10.0.2.1");
    }
    const { user, password } = await signedInClient(testApp);
    expect((await signIn(user.email, password, "10.0.2.1")).statusCode).toBe(429);
    expect((await signIn(user.email, password, "10.0.2.2")).statusCode).toBe(200);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const { user, password } = await signedInClient(testApp);
    const client = new TestClient(testApp.app);
    for (let round = 0; round < 3; round++) {
      for (let attempt = 0; attempt < limits.perAccount - 1; attempt++) {
        await signIn(user.email, "wrong password", `10.0.3.${round}`);
      }
      expect((await signIn(user.email, password, `10.0.3.${round}`)).statusCode).toBe(200);
    }
    expect((await client.post("/api/auth/sign-in", { email: user.email, password })).statusCode).toBe(200);
  });
});

describe.each(dialects)("sign-in throttle housekeeping on %s", (dialect) => {
  it("removes stale counters but keeps live blocks", async () => {
    const { createTestDatabase } = await import("../../testing/test-database.ts");
    const { SignInThrottleRepo } = await import("./sign-in-throttle.repo.ts");
    const db = await createTestDatabase(dialect);
    try {
      const repo = new SignInThrottleRepo(db.kysely);
      const old = new Date(Date.now() - 3 * 3600_000).toISOString();
      const future = new Date(Date.now() + 600_000).toISOString();
      await repo.upsert({ key: "account:stale", failures: 2, window_started_at: old, blocked_until: null });
      await repo.upsert({ key: "account:blocked", failures: 9, window_started_at: old, blocked_until: future });
      await repo.upsert({
        key: "account:fresh",
        failures: 1,
        window_started_at: new Date().toISOString(),
        blocked_until: null,
      });
      await repo.deleteStale(new Date(Date.now() - 3600_000).toISOString(), new Date().toISOString());
      const keys = (await repo.find(["account:stale", "account:blocked", "account:fresh"]))
        .map((row) => row.key)
        .sort();
      expect(keys).toEqual(["account:blocked", "account:fresh"]);
    } finally {
      await db.close();
    }
  });
});
