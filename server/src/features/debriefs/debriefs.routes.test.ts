import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);

describe.each(dialects)("debriefs API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let applicationId: string;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    applicationId = (
      await client.post("/api/applications", { roleTitle: "User Researcher", companyName: "Fernleaf" })
    ).json().id;
  });
  afterAll(async () => testApp.close());

  /** An interview that took place on `day` (in the past unless told otherwise). */
  const interviewOn = async (day = "2026-03-02", owner = client, application = applicationId) =>
    (
      await owner.post("/api/interviews", {
        applicationId: application,
        roundName: "Case presentation",
        kind: "portfolio_presentation",
        startsAtLocal: `${day}T10:00`,
        timeZone: "Europe/Berlin",
        durationMinutes: 60,
        format: "video",
        prep: { learningGoal: "Pause before answering." },
      })
    ).json().id as string;

  const fullDebrief = {
    energy: 3,
    engagement: 5,
    flow: "yes",
    wentWell: 4,
    feelings: ["excited", "energized", "excited"],
    ownFeelings: [" seen "],
    aeiou: { activities: "Walking them through the synthesis wall", users: "Two researchers" },
    doDifferently: "Leave more time for their questions.",
    learningGoalMet: "partly",
  };

  it("creates a debrief (201), then replaces it (200) keeping the first-written time", async () => {
    const interviewId = await interviewOn();
    const created = await client.put(`/api/interviews/${interviewId}/debrief`, fullDebrief);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      interviewId,
      applicationId,
      energy: 3,
      engagement: 5,
      flow: "yes",
      wentWell: 4,
      feelings: ["excited", "energized"],
      ownFeelings: ["seen"],
      aeiou: { activities: "Walking them through the synthesis wall", environment: "", users: "Two researchers" },
      doDifferently: "Leave more time for their questions.",
      learningGoalMet: "partly",
    });
    const firstWritten = created.json().createdAt;

    await new Promise((resolve) => setTimeout(resolve, 5));
    const replaced = await client.put(`/api/interviews/${interviewId}/debrief`, { energy: -1 });
    expect(replaced.statusCode).toBe(200);
    // PUT replaces: what was left out is cleared, and the first time is kept.
    expect(replaced.json()).toMatchObject({
      energy: -1,
      engagement: null,
      flow: null,
      feelings: [],
      ownFeelings: [],
      doDifferently: "",
      createdAt: firstWritten,
    });
    expect(replaced.json().updatedAt > firstWritten).toBe(true);

    const read = await client.get(`/api/interviews/${interviewId}/debrief`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(replaced.json());
  });

  it("shows the debrief's ratings on the interview and on the application page", async () => {
    const interviewId = await interviewOn("2026-03-05");
    expect((await client.get(`/api/interviews/${interviewId}`)).json().debrief).toBeNull();
    // Read once so the application page is cached, then prove the debrief invalidates it.
    await client.get(`/api/applications/${applicationId}`);
    await client.put(`/api/interviews/${interviewId}/debrief`, { wentWell: 5, feelings: ["proud"] });

    expect((await client.get(`/api/interviews/${interviewId}`)).json().debrief).toMatchObject({
      energy: null,
      wentWell: 5,
      feelings: ["proud"],
    });
    const detail = (await client.get(`/api/applications/${applicationId}`)).json();
    const shown = detail.interviews.find((interview: { id: string }) => interview.id === interviewId);
    expect(shown.debrief).toMatchObject({ wentWell: 5 });
  });

  it("refuses out-of-range ratings, unknown words and oversized lists, naming the field, storing nothing", async () => {
    const interviewId = await interviewOn("2026-03-06");
    const cases: [object, string][] = [
      [{}, "energy"],
      [{ energy: null, engagement: null, wentWell: null }, "energy"],
      [{ energy: 5 }, "energy"],
      [{ energy: 1.5 }, "energy"],
      [{ engagement: 0 }, "engagement"],
      [{ wentWell: 6 }, "wentWell"],
      [{ energy: 1, flow: "maybe" }, "flow"],
      [{ energy: 1, feelings: ["elated"] }, "feelings.0"],
      [{ energy: 1, feelings: Array.from({ length: 10_000 }, () => "calm") }, "feelings"],
      [{ energy: 1, ownFeelings: Array.from({ length: 11 }, (_, index) => `word ${index}`) }, "ownFeelings"],
      [{ energy: 1, ownFeelings: ["x".repeat(41)] }, "ownFeelings.0"],
      [{ energy: 1, ownFeelings: [""] }, "ownFeelings.0"],
      [{ energy: 1, learningGoalMet: "sort of" }, "learningGoalMet"],
      [{ energy: 1, aeiou: { weather: "sunny" } }, "aeiou"],
      [{ energy: 1, mood: "great" }, ""],
    ];
    for (const [body, field] of cases) {
      const response = await client.put(`/api/interviews/${interviewId}/debrief`, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      if (field) expect(fieldPaths(response.json())).toContain(field);
    }
    expect((await client.get(`/api/interviews/${interviewId}/debrief`)).statusCode).toBe(404);
  });

  it("refuses a debrief before the interview has started (409), and stores nothing", async () => {
    const interviewId = await interviewOn("2099-01-01");
    const response = await client.put(`/api/interviews/${interviewId}/debrief`, { energy: 2 });
    expect(response.statusCode).toBe(409);
    expect(fieldPaths(response.json())).toEqual(["interviewId"]);
    expect((await client.get(`/api/interviews/${interviewId}/debrief`)).statusCode).toBe(404);
  });

  it("answers 404 for another user's interview, and leaves their debrief alone", async () => {
    const other = (await signedInClient(testApp)).client;
    const theirApplication = (await other.post("/api/applications", { roleTitle: "Designer" })).json().id;
    const theirInterview = await interviewOn("2026-03-07", other, theirApplication);
    await other.put(`/api/interviews/${theirInterview}/debrief`, { energy: -2 });

    expect((await client.get(`/api/interviews/${theirInterview}/debrief`)).statusCode).toBe(404);
    expect((await client.put(`/api/interviews/${theirInterview}/debrief`, { energy: 3 })).statusCode).toBe(404);
    expect((await client.delete(`/api/interviews/${theirInterview}/debrief`)).statusCode).toBe(404);
    expect((await other.get(`/api/interviews/${theirInterview}/debrief`)).json().energy).toBe(-2);
    const mine = (await client.get("/api/debriefs?limit=200")).json().items;
    expect(mine.some((item: { interviewId: string }) => item.interviewId === theirInterview)).toBe(false);
  });

  it("deletes a debrief (204), then answers 404", async () => {
    const interviewId = await interviewOn("2026-03-08");
    await client.put(`/api/interviews/${interviewId}/debrief`, { engagement: 2 });
    expect((await client.delete(`/api/interviews/${interviewId}/debrief`)).statusCode).toBe(204);
    expect((await client.get(`/api/interviews/${interviewId}/debrief`)).statusCode).toBe(404);
    expect((await client.delete(`/api/interviews/${interviewId}/debrief`)).statusCode).toBe(404);
    expect((await client.get(`/api/interviews/${interviewId}`)).json().debrief).toBeNull();
  });

  it("deleting the interview deletes its debrief", async () => {
    const interviewId = await interviewOn("2026-03-09");
    await client.put(`/api/interviews/${interviewId}/debrief`, { energy: 1 });
    expect((await client.delete(`/api/interviews/${interviewId}`)).statusCode).toBe(204);
    expect((await client.get(`/api/interviews/${interviewId}/debrief`)).statusCode).toBe(404);
  });

  it("lists debriefs newest interview first, page by page", async () => {
    const lister = (await signedInClient(testApp)).client;
    const application = (await lister.post("/api/applications", { roleTitle: "Service Designer" })).json().id;
    for (const day of ["2026-04-01", "2026-04-03", "2026-04-02"]) {
      const interviewId = await interviewOn(day, lister, application);
      await lister.put(`/api/interviews/${interviewId}/debrief`, { energy: Number(day.slice(-1)) });
    }
    const first = (await lister.get("/api/debriefs?limit=2")).json();
    expect(first.items.map((item: { energy: number }) => item.energy)).toEqual([3, 2]);
    expect(first.items[0]).toMatchObject({ roleTitle: "Service Designer", kind: "portfolio_presentation" });
    const second = (await lister.get(`/api/debriefs?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { energy: number }) => item.energy)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
    expect((await lister.get("/api/debriefs?limit=0")).statusCode).toBe(400);
  });

  it("keeps the reminder setting, off by default", async () => {
    expect((await client.get("/api/me/debrief-settings")).json()).toEqual({ reminderEmail: false });
    expect((await client.put("/api/me/debrief-settings", { reminderEmail: true })).json()).toEqual({
      reminderEmail: true,
    });
    expect((await client.get("/api/me/debrief-settings")).json()).toEqual({ reminderEmail: true });
    const bad = await client.put("/api/me/debrief-settings", { reminderEmail: "yes" });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toEqual(["reminderEmail"]);
  });

  it("answers 401 without a session", async () => {
    const anonymous = new TestClient(testApp.app);
    expect((await anonymous.get("/api/debriefs")).statusCode).toBe(401);
    expect((await anonymous.get("/api/me/debrief-settings")).statusCode).toBe(401);
  });
});
