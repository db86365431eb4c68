import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { BoardService } from "./board.service.ts";
import { sweepGhosted } from "./ghosting.ts";

const localIn = (date: Date) => date.toISOString().slice(0, 16);

describe.each(dialects)("upcoming view and ghosting on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("lists interviews still to come, ones that just ended, and tasks due soon or overdue", async () => {
    const { client } = await signedInClient(testApp);
    const app = (await client.post("/api/applications", { roleTitle: "Researcher" })).json();
    const now = Date.now();
    const at = (hours: number, roundName: string, durationMinutes = 60) =>
      client.post("/api/interviews", {
        applicationId: app.id,
        roundName,
        kind: "other",
        startsAtLocal: localIn(new Date(now + hours * 3_600_000)),
        timeZone: "UTC",
        durationMinutes,
        format: "video",
      });
    await at(48, "Later");
    await at(2, "Soon");
    await at(-0.5, "Happening now");
    await at(-30, "Yesterday");
    await at(-24 * 10, "Long ago");
    const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
    await client.post("/api/tasks", { title: "Overdue", dueOn: day(-2) });
    await client.post("/api/tasks", { title: "Soon", dueOn: day(3) });
    await client.post("/api/tasks", { title: "Far", dueOn: day(40) });
    await client.post("/api/tasks", { title: "Someday" });

    const upcoming = (await client.get("/api/upcoming")).json();
    expect(upcoming.interviews.map((item: { roundName: string }) => item.roundName)).toEqual([
      "Happening now",
      "Soon",
      "Later",
    ]);
    expect(upcoming.recentInterviews.map((item: { roundName: string }) => item.roundName)).toEqual(["Yesterday"]);
    expect(upcoming.tasks.map((item: { title: string }) => item.title)).toEqual(["Overdue", "Soon"]);
  });

  it("moves applications silent past the owner's setting to ghosted, recording the change", async () => {
    const { client, user } = await signedInClient(testApp);
    const old = (await client.post("/api/applications", { roleTitle: "Silent one", stage: "applied" })).json();
    const recent = (await client.post("/api/applications", { roleTitle: "Fresh one", stage: "applied" })).json();
    const moving = (await client.post("/api/applications", { roleTitle: "Screening one", stage: "screening" })).json();
    const fiveWeeksAgo = new Date(Date.now() - 35 * 86_400_000).toISOString();
    await testApp.db.kysely
      .updateTable("applications")
      .set({ stage_changed_at: fiveWeeksAgo })
      .where("id", "in", [old.id, moving.id])
      .execute();

    expect((await client.get("/api/me/pipeline-settings")).json()).toEqual({ ghostAfterWeeks: 6 });
    await sweepGhosted(testApp.db.kysely);
    expect((await client.get(`/api/applications/${old.id}`)).json().application.stage).toBe("applied");

    const saved = await client.put("/api/me/pipeline-settings", { ghostAfterWeeks: 4 });
    expect(saved.json()).toEqual({ ghostAfterWeeks: 4 });
    const ghosted = (await client.get(`/api/applications/${old.id}`)).json();
    expect(ghosted.application.stage).toBe("ghosted");
    expect(ghosted.application.closedOn).not.toBeNull();
    expect(ghosted.timeline[0]).toMatchObject({ type: "stage_change", fromStage: "applied", toStage: "ghosted" });
    expect((await client.get(`/api/applications/${recent.id}`)).json().application.stage).toBe("applied");
    expect((await client.get(`/api/applications/${moving.id}`)).json().application.stage).toBe("screening");
    expect(await sweepGhosted(testApp.db.kysely, new Date(), user.id)).toBe(0);

    const bad = await client.put("/api/me/pipeline-settings", { ghostAfterWeeks: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("ghostAfterWeeks");
  });

  it("keeps only the most recent cards of closed columns on the board, with the full count", async () => {
    const { client, user } = await signedInClient(testApp);
    for (const title of ["First no", "Second no", "Third no"]) {
      await client.post("/api/applications", { roleTitle: title, stage: "rejected" });
    }
    await client.post("/api/applications", { roleTitle: "Open one", stage: "applied" });
    await client.post("/api/applications", { roleTitle: "Open two", stage: "applied" });
    const board = await new BoardService(testApp.db.kysely, 2).build(user.id, {});
    const rejected = board.columns.find((column) => column.stage === "rejected");
    expect(rejected?.count).toBe(3);
    expect(rejected?.cards.map((card) => card.roleTitle)).toEqual(["Third no", "Second no"]);
    expect(board.columns.find((column) => column.stage === "applied")?.cards).toHaveLength(2);
  });
});
