import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStage } from "../../../../contract/applications.ts";
import type { Funnel } from "../../../../contract/insights.ts";
import { newId } from "../../db/ids.ts";
import { seedHeavySeeker } from "../../demo/demo-seed.ts";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";

/** One application with the given stage path, written as rows (history included). */
async function insertHistory(
  testApp: TestApp,
  userId: string,
  path: [ApplicationStage, string][],
  extra: { source?: string; roleFamilyId?: string } = {},
): Promise<void> {
  const at = path.map(([, day]) => `${day}T10:00:00.000Z`);
  const first = at[0] ?? new Date().toISOString();
  const last = path.at(-1);
  const applicationId = newId();
  await testApp.db.kysely
    .insertInto("applications")
    .values({
      id: applicationId,
      user_id: userId,
      company_id: null,
      role_title: "Researcher",
      role_family_id: extra.roleFamilyId ?? null,
      job_url: null,
      location: null,
      work_mode: null,
      salary_min: null,
      salary_max: null,
      salary_currency: null,
      source: extra.source ?? null,
      excitement: null,
      found_on: null,
      applied_on: null,
      closed_on: null,
      notes: "",
      stage: last?.[0] ?? "wishlist",
      stage_changed_at: at.at(-1) ?? first,
      created_at: first,
      updated_at: first,
    })
    .execute();
  await testApp.db.kysely
    .insertInto("application_stage_changes")
    .values(
      path.map(([stage], index) => ({
        id: newId(),
        user_id: userId,
        application_id: applicationId,
        from_stage: path[index - 1]?.[0] ?? null,
        to_stage: stage,
        changed_at: at[index] ?? first,
      })),
    )
    .execute();
}

async function insertRoleFamily(testApp: TestApp, userId: string, name: string): Promise<string> {
  const id = newId();
  await testApp.db.kysely
    .insertInto("role_families")
    .values({ id, user_id: userId, name, position: 0, created_at: new Date().toISOString() })
    .execute();
  return id;
}

const reached = (funnel: Funnel) => Object.fromEntries(funnel.stages.map((row) => [row.stage, row.reached]));

describe.each(dialects)("insights funnel on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("answers a new account with an empty funnel", async () => {
    const { client } = await signedInClient(testApp);
    const response = await client.get("/api/insights/funnel");
    expect(response.statusCode).toBe(200);
    const funnel: Funnel = response.json();
    expect(funnel.totals).toMatchObject({ applications: 0, applied: 0, responseRate: null });
    expect(funnel.stages).toHaveLength(6);
    expect(funnel.weekly).toEqual([]);
  });

  it("counts from stage history, by source, and never counts another person's applications", async () => {
    const { client, user } = await signedInClient(testApp);
    await insertHistory(
      testApp,
      user.id,
      [
        ["wishlist", "2026-03-01"],
        ["applied", "2026-03-02"],
        ["screening", "2026-03-06"],
        ["interviewing", "2026-03-12"],
        ["rejected", "2026-03-20"],
      ],
      { source: "Referral" },
    );
    await insertHistory(
      testApp,
      user.id,
      [
        ["applied", "2026-03-03"],
        ["ghosted", "2026-04-20"],
      ],
      { source: "Job board" },
    );
    await insertHistory(testApp, user.id, [["wishlist", "2026-03-04"]]);

    const funnel: Funnel = (await client.get("/api/insights/funnel")).json();
    expect(reached(funnel)).toEqual({ wishlist: 3, applied: 2, screening: 1, interviewing: 1, offer: 0, accepted: 0 });
    expect(funnel.totals).toMatchObject({ applications: 3, applied: 2, replied: 1, responseRate: 0.5 });
    expect(funnel.responseBySource).toEqual([
      { source: "Job board", applied: 1, replied: 0, rate: 0 },
      { source: "Referral", applied: 1, replied: 1, rate: 1 },
    ]);
    expect(funnel.timeInStage.find((row) => row.stage === "applied")).toMatchObject({
      medianDays: 26, // 4 days and 48 days
      finishedStays: 2,
    });
    expect(funnel.weekly[0]).toEqual({ weekStart: "2026-03-02", applied: 2 });

    const other = await signedInClient(testApp);
    const theirs: Funnel = (await other.client.get("/api/insights/funnel")).json();
    expect(theirs.totals.applications).toBe(0);
  });

  it("filters by period and by role family", async () => {
    const { client, user } = await signedInClient(testApp);
    const research = await insertRoleFamily(testApp, user.id, "User research");
    await insertHistory(testApp, user.id, [["applied", "2026-02-10"]], { roleFamilyId: research });
    await insertHistory(testApp, user.id, [["applied", "2026-03-10"]], { roleFamilyId: research });
    await insertHistory(testApp, user.id, [["applied", "2026-03-11"]]);

    const march: Funnel = (await client.get("/api/insights/funnel?from=2026-03-01&to=2026-03-31")).json();
    expect(march.totals.applications).toBe(2);
    expect(march.period).toEqual({ from: "2026-03-01", to: "2026-03-31", roleFamilyId: null });

    const family: Funnel = (await client.get(`/api/insights/funnel?roleFamilyId=${research}`)).json();
    expect(family.totals.applications).toBe(2);
    const both: Funnel = (await client.get(`/api/insights/funnel?roleFamilyId=${research}&from=2026-03-01`)).json();
    expect(both.totals.applications).toBe(1);
  });

  it("caches per pipeline revision: a write that bumps it shows at once", async () => {
    const { client, user } = await signedInClient(testApp);
    await insertHistory(testApp, user.id, [["applied", "2026-03-02"]]);
    expect((await client.get("/api/insights/funnel")).json().totals.applications).toBe(1);

    // Rows written without bumping the revision are not seen: the cached answer still stands.
    await insertHistory(testApp, user.id, [["applied", "2026-03-03"]]);
    expect((await client.get("/api/insights/funnel")).json().totals.applications).toBe(1);

    await bumpPipelineRevision(testApp.db.kysely, user.id);
    expect((await client.get("/api/insights/funnel")).json().totals.applications).toBe(2);
  });

  it("refuses bad filters with 400 naming the field", async () => {
    const { client } = await signedInClient(testApp);
    const backwards = await client.get("/api/insights/funnel?from=2026-03-10&to=2026-03-01");
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual([{ path: "to", message: "must not be before from" }]);

    const badDate = await client.get("/api/insights/funnel?from=2026-02-30");
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields[0].path).toBe("from");

    const badFamily = await client.get("/api/insights/funnel?roleFamilyId=research");
    expect(badFamily.statusCode).toBe(400);
    expect(badFamily.json().error.fields[0].path).toBe("roleFamilyId");

    const unknown = await client.get("/api/insights/funnel?stage=offer");
    expect(unknown.statusCode).toBe(400);
  });

  it("stays fast for a heavy seeker (2,000 applications, ~10,000 stage changes)", async () => {
    const { client, user } = await signedInClient(testApp);
    const counts = await seedHeavySeeker(testApp.db, user.id, { applications: 2000 });
    expect(counts.stageChanges).toBeGreaterThan(8000);

    const started = performance.now();
    const response = await client.get("/api/insights/funnel");
    const coldMs = performance.now() - started;
    expect(response.statusCode).toBe(200);
    const funnel: Funnel = response.json();
    expect(funnel.totals.applications).toBe(2000);
    expect(reached(funnel).wishlist).toBe(2000);
    // Reaching a later stage means having reached every earlier one.
    const counts_ = funnel.stages.map((row) => row.reached);
    expect([...counts_].sort((a, b) => b - a)).toEqual(counts_);
    expect(coldMs).toBeLessThan(1500);

    const warmStarted = performance.now();
    await client.get("/api/insights/funnel");
    expect(performance.now() - warmStarted).toBeLessThan(coldMs);
  });
});
