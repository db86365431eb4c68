import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { localToday, localWeek } from "./balance.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);
const interviewsOf = (week: { jobSearchSources: { key: string; count: number; minutes: number }[] }) =>
  week.jobSearchSources.find((source) => source.key === "interviews");

describe("local weeks", () => {
  it("runs from the Monday's local midnight to the next Monday's, in UTC instants", () => {
    expect(localWeek("2030-05-15", "Europe/Berlin")).toEqual({
      start: "2030-05-13",
      end: "2030-05-19",
      from: "2030-05-12T22:00:00.000Z",
      to: "2030-05-19T22:00:00.000Z",
    });
    expect(localWeek("2030-05-15")).toMatchObject({ from: "2030-05-13T00:00:00.000Z", to: "2030-05-20T00:00:00.000Z" });
    // The week the clocks go forward in Berlin (29 March 2026) is an hour short.
    expect(localWeek("2026-03-25", "Europe/Berlin")).toMatchObject({
      from: "2026-03-22T23:00:00.000Z",
      to: "2026-03-29T22:00:00.000Z",
    });
  });

  it("takes today on the user's wall clock", () => {
    const lateSunday = new Date("2030-05-12T22:30:00Z");
    expect(localToday(lateSunday)).toBe("2030-05-12");
    expect(localToday(lateSunday, "Europe/Berlin")).toBe("2030-05-13");
    expect(localToday(lateSunday, "America/New_York")).toBe("2030-05-12");
  });
});

describe.each(dialects)("the app's own records on the user's local days, on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let applicationId: string;

  const interview = (startsAtLocal: string, timeZone: string, durationMinutes = 60) =>
    client.post("/api/interviews", {
      applicationId,
      roundName: "Panel",
      kind: "panel",
      startsAtLocal,
      timeZone,
      durationMinutes,
      format: "video",
    });

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    applicationId = (await client.post("/api/applications", { roleTitle: "Researcher" })).json().id;
  });
  afterAll(async () => testApp.close());

  it("counts an interview half an hour after local midnight in the user's week, not the UTC one", async () => {
    // Monday 13 May 2030, 00:30 in Berlin, is still Sunday 12 May (22:30) in UTC.
    expect((await interview("2030-05-13T00:30", "Europe/Berlin", 45)).statusCode).toBe(201);
    expect((await client.put("/api/check-ins/2030-05-13", { pleasantness: 1, energy: 1 })).statusCode).toBe(201);

    const berlin = "timeZone=Europe%2FBerlin";
    const mondayWeek = (await client.get(`/api/balance/week?weekStart=2030-05-13&${berlin}`)).json();
    expect(mondayWeek.weekStart).toBe("2030-05-13");
    expect(interviewsOf(mondayWeek)).toMatchObject({ count: 1, minutes: 45 });
    expect(interviewsOf((await client.get(`/api/balance/week?weekStart=2030-05-12&${berlin}`)).json())).toMatchObject({
      count: 0,
    });
    // Without a zone the week is UTC's, as before: the interview is Sunday's.
    expect(interviewsOf((await client.get("/api/balance/week?weekStart=2030-05-12")).json())).toMatchObject({
      count: 1,
    });
    expect(interviewsOf((await client.get("/api/balance/week?weekStart=2030-05-13")).json())).toMatchObject({
      count: 0,
    });
    // Setting aside the note keeps the zone too.
    const dismissed = await client.post(`/api/balance/week/dismiss?weekStart=2030-05-15&${berlin}`);
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json()).toMatchObject({ weekStart: "2030-05-13", dismissed: true });
    expect(interviewsOf(dismissed.json())).toMatchObject({ count: 1 });
  });

  it("places a past interview on the user's local day for the comparisons", async () => {
    // 18:30 in New York on 13 January 2025 is 00:30 on the 14th in Berlin, where the user checks in.
    expect((await interview("2025-01-13T18:30", "America/New_York")).statusCode).toBe(201);
    expect((await client.put("/api/check-ins/2025-01-14", { pleasantness: -1, energy: 1 })).statusCode).toBe(201);
    const interviewDays = async (query: string) =>
      (await client.get(`/api/check-ins/comparisons${query}`))
        .json()
        .items.find((item: { factor: string }) => item.factor === "interview-days");
    expect((await interviewDays("?timeZone=Europe%2FBerlin")).with.days).toBe(1);
    // Without the user's zone, the interview's own zone decides: the 13th, a day without a check-in.
    expect((await interviewDays("")).with.days).toBe(0);
  });

  it("refuses a time zone that does not exist, naming the field", async () => {
    for (const path of ["/api/balance/week?timeZone=Mars%2FOlympus", "/api/check-ins/comparisons?timeZone=nowhere"]) {
      const response = await client.get(path);
      expect(response.statusCode).toBe(400);
      expect(fieldPaths(response.json())).toContain("timeZone");
    }
  });
});
