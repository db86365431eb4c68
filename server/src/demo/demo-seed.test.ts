import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/database.ts";
import type { Services } from "../services.ts";
import { buildUser } from "../testing/factories.ts";
import { dialects } from "../testing/test-database.ts";
import { DemoDataRepo } from "./demo-data.repo.ts";
import { seedDemoAccount } from "./demo-seed.ts";
import { demoProfile } from "./demo-story.ts";
import {
  dayMs,
  demoEmail,
  expectSearchTextsUpToDate,
  now,
  openSeedTarget,
  pipelineOf,
  userIdOf,
} from "./demo-test-fixture.ts";

// Seeding the demo account: signing in, refusing, idempotence, and data consistent with what the features write.
describe.each(dialects)("the demo account seed on %s", (dialect) => {
  let db: Db;
  let services: Services;
  beforeAll(async () => {
    ({ db, services } = await openSeedTarget(dialect));
  });
  afterAll(async () => db.close());

  it("creates an onboarded demo account that can sign in with the returned password", async () => {
    const email = demoEmail();
    const result = await seedDemoAccount(services, { email, now });
    expect(result).toMatchObject({ email, created: true });
    expect(result.password.length).toBeGreaterThanOrEqual(10);

    const signedIn = await services.auth.signIn(
      { email, password: result.password },
      { ip: "127.0.0.1", userAgent: null },
    );
    const actor = { userId: signedIn.user.id, role: signedIn.user.role, via: "session" as const, sessionId: null };
    const profile = await services.profile.current(actor);
    expect(profile.displayName).toBe(demoProfile.displayName);
    expect(profile.onboarded).toBe(true);
    expect(profile.roleFamilies.map((family) => family.name)).toEqual([...demoProfile.roleFamilies]);
  });

  it("refuses a password that registration would refuse, creating nothing", async () => {
    const email = demoEmail();
    await expect(seedDemoAccount(services, { email, password: "short" })).rejects.toThrow(/at least 10 characters/);
    expect(await db.kysely.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(0);
  });

  it("keeps every application's search text up to date", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const pipeline = await pipelineOf(db, await userIdOf(db, email));
    expectSearchTextsUpToDate(pipeline);
    expect(pipeline.applications.filter((app) => app.search_text.includes("fernleaf health"))).toHaveLength(2);
  });

  it("keeps every stage history consistent with the application and in the past", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const { applications, changes, interviews } = await pipelineOf(db, await userIdOf(db, email));
    for (const app of applications) {
      const history = changes.filter((change) => change.application_id === app.id);
      expect(history.length).toBeGreaterThan(0);
      expect(history[0]?.from_stage).toBeNull();
      for (const [index, change] of history.entries()) {
        const previous = history[index - 1];
        if (previous) {
          expect(change.from_stage).toBe(previous.to_stage);
          expect(change.changed_at > previous.changed_at).toBe(true);
        }
      }
      const last = history.at(-1);
      expect(app.stage).toBe(last?.to_stage);
      expect(app.stage_changed_at).toBe(last?.changed_at);
      expect(app.stage_changed_at < now.toISOString()).toBe(true);
      // Past interviews happen while the application is in screening or later, before it closes.
      const screening = history.find((change) => change.to_stage === "screening");
      for (const interview of interviews.filter((row) => row.application_id === app.id)) {
        expect(screening && interview.starts_at > screening.changed_at).toBe(true);
        if (app.closed_on) expect(interview.starts_at < app.stage_changed_at).toBe(true);
      }
    }
  });

  it("puts one to three interviews in the coming two weeks", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const { interviews } = await pipelineOf(db, await userIdOf(db, email));
    const inTwoWeeks = new Date(now.getTime() + 14 * dayMs).toISOString();
    const upcoming = interviews.filter((row) => row.starts_at > now.toISOString() && row.starts_at < inTwoWeeks);
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
    expect(upcoming.length).toBeLessThanOrEqual(3);
    expect(upcoming.every((row) => row.time_zone.startsWith("Europe/"))).toBe(true);
  });

  it("gives the same search for the same now", async () => {
    const first = demoEmail();
    const second = demoEmail();
    await seedDemoAccount(services, { email: first, now });
    await seedDemoAccount(services, { email: second, now });
    const shape = async (email: string) => {
      const { applications, changes } = await pipelineOf(db, await userIdOf(db, email));
      return {
        applications: applications.map((app) => [app.role_title, app.stage, app.stage_changed_at, app.notes]).sort(),
        changes: changes.map((change) => [change.from_stage, change.to_stage, change.changed_at]).sort(),
      };
    };
    expect(await shape(first)).toEqual(await shape(second));
  });

  it("does nothing the second time for the same email", async () => {
    const email = demoEmail();
    expect((await seedDemoAccount(services, { email, now })).created).toBe(true);
    const userId = await userIdOf(db, email);
    const before = await new DemoDataRepo(db.kysely).countPipeline(userId);
    const again = await seedDemoAccount(services, { email: email.toUpperCase(), now: new Date() });
    expect(again).toEqual({ email, password: "", created: false });
    expect(await new DemoDataRepo(db.kysely).countPipeline(userId)).toEqual(before);
    const users = await db.kysely.selectFrom("users").select("id").where("email", "=", email).execute();
    expect(users).toHaveLength(1);
  });

  it("seeds even when registration is closed, as a member", async () => {
    await buildUser(services); // makes sure an owner exists when this test runs alone
    const ownerRow = await db.kysely
      .selectFrom("users")
      .select("id")
      .where("role", "=", "owner")
      .executeTakeFirstOrThrow();
    const owner = { actor: { userId: ownerRow.id, role: "owner" as const, via: "session" as const, sessionId: null } };
    await services.instance.updateSettings(owner.actor, { registrationMode: "closed" });
    try {
      const email = demoEmail();
      expect((await seedDemoAccount(services, { email, now })).created).toBe(true);
      const row = await db.kysely.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
      expect(row.role).toBe("member");
    } finally {
      await services.instance.updateSettings(owner.actor, { registrationMode: "open" });
    }
  });
});
