import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, TestClient } from "../testing/test-app.ts";
import { dialects } from "../testing/test-database.ts";
import { planDemoResilience } from "./demo-resilience.ts";
import { seedDemoAccount } from "./demo-seed.ts";
import { storyApplication } from "./demo-story.ts";

const now = new Date("2025-03-10T12:00:00.000Z");
const today = "2025-03-10";
const demo = { email: "maya-resilience@example.test", password: "a demo password for tests" };

interface Comparison {
  label: string;
  enoughDays: boolean;
  with: { days: number; pleasantness: number | null };
  without: { days: number };
}

describe("the demo's resilience plan", () => {
  it("is the same for the same now (seeded), ids aside", () => {
    // Ids are UUIDv7 (time and randomness); everything else must repeat.
    const withoutIds = (rows: readonly object[]) =>
      rows.map((row) => {
        const { id, activity_id, ...rest } = row as Record<string, unknown>;
        return rest;
      });
    const first = planDemoResilience("user", now).wellbeing;
    const second = planDemoResilience("user", now).wellbeing;
    expect(withoutIds(first.checkIns)).toEqual(withoutIds(second.checkIns));
    const named = (plan: typeof first) =>
      withoutIds(plan.activityLogs).map((log, index) => ({
        ...log,
        activity: plan.activities.find((activity) => activity.id === plan.activityLogs[index]?.activity_id)?.name,
      }));
    expect(named(first)).toEqual(named(second));
    expect(withoutIds(first.jobSearchTime)).toEqual(withoutIds(second.jobSearchTime));
  });
});

describe.each(dialects)("the demo's check-ins, balance and thought records on %s", (dialect) => {
  let testApp: TestApp;
  let maya: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    await seedDemoAccount(testApp.services, { ...demo, now });
    maya = new TestClient(testApp.app);
    expect((await maya.post("/api/auth/sign-in", demo)).statusCode).toBe(200);
  });
  afterAll(async () => testApp.close());

  it("checks in on most days of the last four weeks, but not every day, and not yet today", async () => {
    const items: { day: string; pleasantness: number; energy: number; note: string }[] = (
      await maya.get("/api/check-ins?from=2025-02-01")
    ).json().items;
    expect(items.length).toBeGreaterThanOrEqual(14);
    expect(items.length).toBeLessThan(28);
    expect(items.every((item) => item.day < today && item.day >= "2025-02-10")).toBe(true);
    // The evening Fernleaf said no, two days before now.
    expect(items.find((item) => item.day === "2025-03-08")).toMatchObject({ pleasantness: -2, note: /Fernleaf/ });
  });

  it("has her own activities, logged with minutes and feelings, and job-search time by hand", async () => {
    const activities = (await maya.get("/api/activities")).json().items.map((item: { name: string }) => item.name);
    expect(activities).toEqual(["Freelance website project", "Running", "Pottery class", "Walks with Pip"]);
    const logs: { activityName: string; minutes: number | null; feelings: string[]; day: string }[] = (
      await maya.get("/api/activity-logs?from=2025-02-01")
    ).json().items;
    expect(logs.length).toBeGreaterThan(20);
    expect(logs.every((log) => log.day < today)).toBe(true);
    expect(logs.some((log) => log.minutes !== null && log.feelings.length > 0)).toBe(true);
    expect(
      logs.some((log) => log.activityName === "Freelance website project" && log.feelings.includes("capable")),
    ).toBe(true);
    expect((await maya.get("/api/job-search-time?from=2025-02-01")).json().items.length).toBeGreaterThan(2);
  });

  it("has enough days for at least one with/without comparison (three or more each side)", async () => {
    const comparisons: Comparison[] = (await maya.get("/api/check-ins/comparisons?timeZone=Europe%2FBerlin")).json()
      .items;
    const shown = comparisons.filter((item) => item.enoughDays);
    expect(shown.length).toBeGreaterThanOrEqual(1);
    for (const item of shown) {
      expect(item.with.days).toBeGreaterThanOrEqual(3);
      expect(item.without.days).toBeGreaterThanOrEqual(3);
      expect(item.with.pleasantness).not.toBeNull();
    }
  });

  it("balances last week's job search with time of her own, and names what made her feel capable", async () => {
    const week = (await maya.get("/api/balance/week?weekStart=2025-03-03&timeZone=Europe%2FBerlin")).json();
    expect(week.activityMinutes).toBeGreaterThan(0);
    expect(week.jobSearchMinutes).toBeGreaterThan(0);
    expect(week.jobSearchSources.find((source: { key: string }) => source.key === "manual").count).toBeGreaterThan(0);
    expect(week.madeMeFeelCapable.length).toBeGreaterThan(0);
  });

  it("keeps three thought records: the full one after the Fernleaf rejection and two quick ones, linked", async () => {
    const records = (await maya.get("/api/thought-records")).json().items;
    expect(records).toHaveLength(3);
    const application = (await maya.get("/api/applications?limit=100"))
      .json()
      .items.find(
        (item: { companyName: string; roleTitle: string }) =>
          item.companyName === storyApplication.company && item.roleTitle === storyApplication.role,
      );
    const full = records.find((record: { mode: string }) => record.mode === "full");
    expect(full).toMatchObject({
      applicationId: application.id,
      interviewId: expect.any(String),
      thinkingTraps: ["labeling", "mind_reading"],
      dismissedTraps: ["should_statements"],
      balancedBelief: 70,
    });
    expect(full.automaticThoughts.filter((thought: { hot: boolean }) => thought.hot)).toHaveLength(1);
    expect(full.moods.every((mood: { before: number; after: number }) => mood.after < mood.before)).toBe(true);
    const quick = records.filter((record: { mode: string }) => record.mode === "quick");
    expect(quick).toHaveLength(2);
    expect(
      quick.every((record: { reframe: string; applicationId: string }) => record.reframe && record.applicationId),
    ).toBe(true);
    expect(records.every((record: { createdAt: string }) => record.createdAt < now.toISOString())).toBe(true);
  });
});
