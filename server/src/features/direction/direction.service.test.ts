import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DirectionDimension, DirectionInsights } from "../../../../contract/direction.ts";
import { seedHeavySeeker } from "../../demo/demo-seed.ts";
import { buildUser } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import type { Actor } from "../auth/actor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { maxFindings, maxGroupsPerBreakdown } from "./direction-groups.ts";
import {
  insertCompany,
  insertContact,
  insertDebrief,
  insertDirectionApplication,
  insertDirectionInterview,
  insertRoleFamily,
} from "./direction-test-rows.ts";

/** A breakdown's groups as [label, energy n, engagement n], in the order the API lists them. */
const groupsOf = (insights: DirectionInsights, dimension: DirectionDimension) =>
  insights.breakdowns
    .find((breakdown) => breakdown.dimension === dimension)
    ?.groups.map((group) => [group.label, group.energy.n, group.engagement.n]);

describe.each(dialects)("direction insights on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  const db = () => testApp.db.kysely;
  const direction = () => testApp.services.direction;

  it("answers a person with no debriefs with empty groups and no sentence", async () => {
    const { user } = await buildUser(testApp.services);
    const insights = await direction().compute(user.id);
    expect(insights.debriefCount).toBe(0);
    expect(insights.overall.energy).toMatchObject({ n: 0, mean: null, tooFew: true });
    expect(insights.findings).toEqual([]);
    expect(insights.breakdowns.map((breakdown) => [breakdown.dimension, breakdown.groups.length])).toEqual([
      ["roleFamily", 0],
      ["tag", 0],
      ["company", 0],
      ["companySize", 0],
      ["interviewKind", 0],
      ["format", 0],
      ["interviewer", 0],
    ]);
    expect(insights.calibration.sentence).toBeNull();
    expect(insights.trend).toEqual([]);
    expect(insights.method).toEqual({ priorWeight: 3, minGroupSize: 3, intervalLevel: 0.95 });
  });

  it("groups by every dimension, only ever counting the person's own rows", async () => {
    const { user } = await buildUser(testApp.services);
    const other = await buildUser(testApp.services);
    const me = user.id;
    const research = await insertRoleFamily(db(), me, "User research");
    const design = await insertRoleFamily(db(), me, "UX design");
    const fernleaf = await insertCompany(db(), me, "Fernleaf", "11-50");
    const northwind = await insertCompany(db(), me, "Northwind");
    const alex = await insertContact(db(), me, "Alex Berg");
    const sam = await insertContact(db(), me, "Sam Costa");

    const a = await insertDirectionApplication(db(), me, {
      roleFamilyId: research,
      companyId: fernleaf,
      tags: ["mission", "b2b"],
      stage: "rejected",
    });
    const b = await insertDirectionApplication(db(), me, {
      roleFamilyId: design,
      companyId: northwind,
      tags: ["mission"],
    });
    const c = await insertDirectionApplication(db(), me, { stage: "ghosted" });
    const a1 = await insertDirectionInterview(db(), me, a, {
      startsAt: "2026-03-02T10:00:00.000Z",
      kind: "recruiter_screen",
      format: "phone",
      interviewerIds: [alex],
    });
    const a2 = await insertDirectionInterview(db(), me, a, {
      startsAt: "2026-03-09T10:00:00.000Z",
      kind: "panel",
      format: "on_site",
      interviewerIds: [sam],
    });
    const b1 = await insertDirectionInterview(db(), me, b, {
      startsAt: "2026-03-08T10:00:00.000Z",
      interviewerIds: [alex],
    });
    const c1 = await insertDirectionInterview(db(), me, c, { startsAt: "2026-03-10T10:00:00.000Z", kind: "technical" });
    await insertDebrief(db(), me, a1, { energy: 3, engagement: 5, wentWell: 5, feelings: ["energized", "curious"] });
    await insertDebrief(db(), me, a2, { energy: 2, engagement: 4, wentWell: 4, feelings: ["energized"] });
    await insertDebrief(db(), me, b1, { energy: -1, wentWell: 2, feelings: ["flat"] });
    await insertDebrief(db(), me, c1, { engagement: 2, wentWell: 3 });

    // Someone else's debrief, and rows of theirs that point at my application and interview:
    // none of it may show up in my numbers or my groups.
    const theirs = await insertDirectionApplication(db(), other.user.id, { tags: ["theirs"] });
    const theirInterview = await insertDirectionInterview(db(), other.user.id, theirs, {
      startsAt: "2026-03-03T10:00:00.000Z",
    });
    await insertDebrief(db(), other.user.id, theirInterview, { energy: -3, engagement: 1, wentWell: 1 });
    const theirContact = await insertContact(db(), other.user.id, "Their contact");
    await db()
      .insertInto("application_tags")
      .values({ user_id: other.user.id, application_id: a, tag: "theirs" })
      .execute();
    await db()
      .insertInto("interview_interviewers")
      .values({ user_id: other.user.id, interview_id: a1, contact_id: theirContact })
      .execute();

    const insights = await direction().compute(me);
    expect(insights.debriefCount).toBe(4);
    // Energy 3, 2, −1 → 1.33; engagement 5, 4, 2 → 3.67.
    expect(insights.overall.energy).toMatchObject({ n: 3, mean: 1.33, estimate: 1.33, tooFew: false });
    expect(insights.overall.engagement).toMatchObject({ n: 3, mean: 3.67 });

    expect(groupsOf(insights, "roleFamily")).toEqual([
      ["User research", 2, 2],
      ["No role family", 0, 1],
      ["UX design", 1, 0],
    ]);
    const researchGroup = insights.breakdowns[0]?.groups[0];
    expect(researchGroup).toMatchObject({ key: research, label: "User research" });
    expect(researchGroup?.energy).toMatchObject({ n: 2, mean: 2.5, tooFew: true });
    expect(researchGroup?.topFeelings).toEqual([
      { word: "energized", count: 2 },
      { word: "curious", count: 1 },
    ]);
    expect(insights.breakdowns[0]?.groups[1]).toMatchObject({
      key: "none",
      energy: { n: 0, mean: null },
      engagement: { n: 1, mean: 2 },
    });
    expect(groupsOf(insights, "tag")).toEqual([
      ["mission", 3, 2],
      ["b2b", 2, 2],
    ]);
    expect(groupsOf(insights, "company")).toEqual([
      ["Fernleaf", 2, 2],
      ["No company", 0, 1],
      ["Northwind", 1, 0],
    ]);
    expect(groupsOf(insights, "companySize")).toEqual([
      ["11–50 people", 2, 2],
      ["Size not set", 1, 1],
    ]);
    expect(groupsOf(insights, "interviewKind")).toEqual([
      ["Hiring manager", 1, 0],
      ["Panel", 1, 1],
      ["Recruiter screen", 1, 1],
      ["Technical", 0, 1],
    ]);
    expect(groupsOf(insights, "format")).toEqual([
      ["Video", 1, 1],
      ["On-site", 1, 1],
      ["Phone", 1, 1],
    ]);
    expect(groupsOf(insights, "interviewer")).toEqual([
      ["Alex Berg", 2, 1],
      ["Sam Costa", 1, 1],
    ]);

    // a1 was followed by a2 (advanced); a2 ended in a rejection; b1 is still open; c1 ghosted.
    expect(
      insights.calibration.rows.map((row) => [row.rating, row.advanced, row.rejected, row.noReply, row.pending]),
    ).toEqual([
      [1, 0, 0, 0, 0],
      [2, 0, 0, 0, 1],
      [3, 0, 0, 1, 0],
      [4, 0, 1, 0, 0],
      [5, 1, 0, 0, 0],
    ]);
    expect(insights.calibration.sentence).toBe(
      "You rated 1 interview 4–5 that ended in a rejection; your “went well” predicts advancing 50% of the time (1 of 2).",
    );

    // Monday 2 March and Sunday 8 March are one week; 9 and 10 March the next.
    expect(insights.trend).toEqual([
      { weekStart: "2026-03-02", n: 2, energyMean: 1, engagementMean: 5 },
      { weekStart: "2026-03-09", n: 2, energyMean: 2, engagementMean: 3 },
    ]);

    const theirInsights = await direction().compute(other.user.id);
    expect(theirInsights.debriefCount).toBe(1);
    expect(theirInsights.overall.energy.mean).toBe(-3);
  });

  it("counts an offer as advancing even after withdrawing, and a withdrawal before one as left out", async () => {
    const { user } = await buildUser(testApp.services);
    const offered = await insertDirectionApplication(db(), user.id, {
      history: ["applied", "interviewing", "offer", "withdrawn"],
    });
    const withdrew = await insertDirectionApplication(db(), user.id, { history: ["applied", "withdrawn"] });
    const accepted = await insertDirectionApplication(db(), user.id, { history: ["applied", "offer", "accepted"] });
    for (const [application, wentWell] of [
      [offered, 2],
      [withdrew, 5],
      [accepted, 4],
    ] as const) {
      const interview = await insertDirectionInterview(db(), user.id, application, {
        startsAt: "2026-03-04T10:00:00.000Z",
      });
      await insertDebrief(db(), user.id, interview, { wentWell });
    }
    const { calibration } = await direction().compute(user.id);
    expect(calibration.rows.map((row) => [row.rating, row.advanced, row.withdrew])).toEqual([
      [1, 0, 0],
      [2, 1, 0],
      [3, 0, 0],
      [4, 1, 0],
      [5, 0, 1],
    ]);
    expect(calibration.wentWell).toEqual({ decided: 1, advanced: 1, rate: 1 });
    expect(calibration.wentBadly).toEqual({ decided: 1, advanced: 1, rate: 1 });
  });

  it("finds the role family that energizes, in a plain sentence", async () => {
    const { user } = await buildUser(testApp.services);
    const research = await insertRoleFamily(db(), user.id, "User research");
    const design = await insertRoleFamily(db(), user.id, "UX design");
    // Nine at +3 and nine at −1: 2.5 shrunk, interval [1.34, 3] above the mean of 1.
    for (const [family, energy] of [
      [research, 3],
      [design, -1],
    ] as const) {
      const application = await insertDirectionApplication(db(), user.id, { roleFamilyId: family });
      for (let day = 1; day <= 9; day += 1) {
        const startsAt = `2026-03-${String(day).padStart(2, "0")}T10:00:00.000Z`;
        const interview = await insertDirectionInterview(db(), user.id, application, { startsAt });
        await insertDebrief(db(), user.id, interview, { energy });
      }
    }
    const { findings } = await direction().compute(user.id);
    expect(findings).toContainEqual({
      dimension: "roleFamily",
      key: research,
      metric: "energy",
      direction: "higher",
      difference: 1.5,
      n: 9,
      text: "Interviews for user research roles leave you more energized than your average (+1.5, 9 interviews).",
    });
    expect(findings.find((finding) => finding.key === design)?.direction).toBe("lower");
  });

  it("caches the bytes per pipeline revision: a write that bumps it shows at once", async () => {
    const { user, actor } = await buildUser(testApp.services);
    const read = async (who: Actor) => JSON.parse((await direction().directionJson(who)).toString()).debriefCount;
    const application = await insertDirectionApplication(db(), user.id);
    const first = await insertDirectionInterview(db(), user.id, application, { startsAt: "2026-03-02T10:00:00.000Z" });
    await insertDebrief(db(), user.id, first, { energy: 1 });
    expect(await read(actor)).toBe(1);

    const second = await insertDirectionInterview(db(), user.id, application, { startsAt: "2026-03-03T10:00:00.000Z" });
    await insertDebrief(db(), user.id, second, { energy: 2 });
    expect(await read(actor)).toBe(1);
    await bumpPipelineRevision(db(), user.id);
    expect(await read(actor)).toBe(2);
  });

  it("computes a heavy seeker's 5,000 debriefs in SQL, with the energizing family found", async () => {
    const { user } = await buildUser(testApp.services);
    const counts = await seedHeavySeeker(testApp.db, user.id, { applications: 2000 });
    expect(counts.debriefs).toBeGreaterThanOrEqual(5000);
    const started = performance.now();
    const insights = await direction().compute(user.id);
    const ms = performance.now() - started;
    expect(insights.debriefCount).toBe(counts.debriefs);
    const family = insights.findings.find(
      (finding) => finding.dimension === "roleFamily" && finding.metric === "energy",
    );
    expect(family?.text).toMatch(/^Interviews for user research roles leave you more energized/);
    expect(
      insights.breakdowns.every((breakdown) => breakdown.groups.length <= maxGroupsPerBreakdown + maxFindings),
    ).toBe(true);
    expect(ms).toBeLessThan(2000);
  });
});
