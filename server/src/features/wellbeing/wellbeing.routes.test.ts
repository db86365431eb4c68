import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);
const missingId = "0190d2f4-0000-7000-8000-000000000000";

describe.each(dialects)("wellbeing API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let other: TestClient;
  let applicationId: string;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    other = (await signedInClient(testApp)).client;
    applicationId = (
      await client.post("/api/applications", { roleTitle: "Researcher", companyName: "Fernleaf" })
    ).json().id;
  });
  afterAll(async () => testApp.close());

  describe("check-ins", () => {
    it("saves a day in one request (201), replaces it (200), lists and deletes it", async () => {
      const created = await client.put("/api/check-ins/2026-02-10", { pleasantness: 1, energy: -1, note: " tired " });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ day: "2026-02-10", pleasantness: 1, energy: -1, note: "tired" });

      const replaced = await client.put("/api/check-ins/2026-02-10", { pleasantness: 2, energy: 2 });
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json()).toMatchObject({ id: created.json().id, pleasantness: 2, energy: 2, note: "" });

      const listed = await client.get("/api/check-ins?from=2026-02-01&to=2026-02-28");
      expect(listed.json().items).toEqual([replaced.json()]);
      expect((await other.get("/api/check-ins")).json().items).toEqual([]);
      // Another user's day is their own: saving it never touches mine.
      expect((await other.put("/api/check-ins/2026-02-10", { pleasantness: -2, energy: -2 })).statusCode).toBe(201);
      expect((await client.get("/api/check-ins?from=2026-02-10&to=2026-02-10")).json().items[0].pleasantness).toBe(2);
      expect((await other.delete("/api/check-ins/2026-02-10")).statusCode).toBe(204);
      expect((await other.delete("/api/check-ins/2026-02-10")).statusCode).toBe(404);

      expect((await client.delete("/api/check-ins/2026-02-10")).statusCode).toBe(204);
      expect((await client.get("/api/check-ins?from=2026-02-01&to=2026-02-28")).json().items).toEqual([]);
    });

    it("refuses a mood of 150, a bad day and a reversed range with 400 naming the field", async () => {
      const mood = await client.put("/api/check-ins/2026-02-11", { pleasantness: 150, energy: 0 });
      expect(mood.statusCode).toBe(400);
      expect(fieldPaths(mood.json())).toContain("pleasantness");
      const missing = await client.put("/api/check-ins/2026-02-11", { pleasantness: 0 });
      expect(fieldPaths(missing.json())).toContain("energy");
      const day = await client.put("/api/check-ins/2026-02-30", { pleasantness: 0, energy: 0 });
      expect(day.statusCode).toBe(400);
      expect(fieldPaths(day.json())).toContain("day");
      const range = await client.get("/api/check-ins?from=2026-03-01&to=2026-02-01");
      expect(range.statusCode).toBe(400);
      expect(fieldPaths(range.json())).toContain("to");
      const note = await client.put("/api/check-ins/2026-02-11", { pleasantness: 0, energy: 0, note: "x".repeat(501) });
      expect(fieldPaths(note.json())).toContain("note");
      expect((await client.get("/api/check-ins?from=2026-02-11&to=2026-02-11")).json().items).toEqual([]);
    });
  });

  describe("activities and logs", () => {
    it("adds, renames, archives and deletes activities; names are unique per user", async () => {
      const created = await client.post("/api/activities", { name: "Decorating" });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ name: "Decorating", archived: false });
      const twice = await client.post("/api/activities", { name: "Decorating" });
      expect(twice.statusCode).toBe(409);
      expect(fieldPaths(twice.json())).toContain("name");
      // Another user may have the same name.
      expect((await other.post("/api/activities", { name: "Decorating" })).statusCode).toBe(201);

      const empty = await client.post("/api/activities", { name: "  " });
      expect(empty.statusCode).toBe(400);
      expect(fieldPaths(empty.json())).toContain("name");

      const id = created.json().id;
      const archived = await client.patch(`/api/activities/${id}`, { archived: true, name: "Painting" });
      expect(archived.json()).toMatchObject({ name: "Painting", archived: true });
      expect((await client.patch(`/api/activities/${id}`, { archived: false })).json().archived).toBe(false);
      expect((await other.patch(`/api/activities/${id}`, { name: "Mine now" })).statusCode).toBe(404);
      expect((await other.delete(`/api/activities/${id}`)).statusCode).toBe(404);
      expect((await client.patch(`/api/activities/${missingId}`, { name: "Nope" })).statusCode).toBe(404);
      expect((await client.delete(`/api/activities/${id}`)).statusCode).toBe(204);
      expect((await client.get("/api/activities")).json().items.map((item: { id: string }) => item.id)).not.toContain(
        id,
      );
    });

    it("logs an activity in one request, refuses another user's activity, and deletes logs", async () => {
      const mine = (await client.post("/api/activities", { name: "Volunteering" })).json().id;
      const theirs = (await other.post("/api/activities", { name: "Their walk" })).json().id;

      const quick = await client.post("/api/activity-logs", { activityId: mine });
      expect(quick.statusCode).toBe(201);
      expect(quick.json()).toMatchObject({
        activityId: mine,
        activityName: "Volunteering",
        minutes: null,
        feelings: [],
      });

      const full = await client.post("/api/activity-logs", {
        activityId: mine,
        day: "2026-02-12",
        minutes: 90,
        feelings: ["capable", "connected", "capable"],
      });
      expect(full.json()).toMatchObject({ day: "2026-02-12", minutes: 90, feelings: ["capable", "connected"] });

      const foreign = await client.post("/api/activity-logs", { activityId: theirs });
      expect(foreign.statusCode).toBe(400);
      expect(fieldPaths(foreign.json())).toContain("activityId");
      const feeling = await client.post("/api/activity-logs", { activityId: mine, feelings: ["smug"] });
      expect(feeling.statusCode).toBe(400);
      expect(fieldPaths(feeling.json())?.[0]).toMatch(/^feelings/);
      const minutes = await client.post("/api/activity-logs", { activityId: mine, minutes: 0 });
      expect(fieldPaths(minutes.json())).toContain("minutes");

      expect((await client.get("/api/activity-logs?from=2026-02-12&to=2026-02-12")).json().items).toEqual([
        full.json(),
      ]);
      expect((await other.get("/api/activity-logs")).json().items).toEqual([]);
      expect((await other.delete(`/api/activity-logs/${full.json().id}`)).statusCode).toBe(404);
      expect((await client.delete(`/api/activity-logs/${full.json().id}`)).statusCode).toBe(204);
      expect((await client.delete(`/api/activity-logs/${full.json().id}`)).statusCode).toBe(404);
      // Deleting an activity deletes its logs.
      await client.delete(`/api/activities/${mine}`);
      expect((await client.get("/api/activity-logs")).json().items).toEqual([]);
    });

    it("keeps manual job-search time, scoped to its owner", async () => {
      const entry = await client.post("/api/job-search-time", { day: "2026-02-13", minutes: 45, note: "Portfolio" });
      expect(entry.statusCode).toBe(201);
      expect(entry.json()).toMatchObject({ day: "2026-02-13", minutes: 45, note: "Portfolio" });
      const bad = await client.post("/api/job-search-time", { day: "2026-02-13", minutes: 2000 });
      expect(bad.statusCode).toBe(400);
      expect(fieldPaths(bad.json())).toContain("minutes");
      expect((await client.get("/api/job-search-time?from=2026-02-13&to=2026-02-13")).json().items).toHaveLength(1);
      expect((await other.get("/api/job-search-time")).json().items).toEqual([]);
      expect((await other.delete(`/api/job-search-time/${entry.json().id}`)).statusCode).toBe(404);
      expect((await client.delete(`/api/job-search-time/${entry.json().id}`)).statusCode).toBe(204);
    });
  });

  describe("the week and the comparisons", () => {
    const interview = (day: string) =>
      client.post("/api/interviews", {
        applicationId,
        roundName: `Round on ${day}`,
        kind: "other",
        startsAtLocal: `${day}T10:00`,
        endsAtLocal: `${day}T11:00`,
        timeZone: "UTC",
        format: "video",
      });

    beforeAll(async () => {
      for (const day of ["2026-03-03", "2026-03-05", "2026-03-06"]) expect((await interview(day)).statusCode).toBe(201);
      await client.post("/api/job-search-time", { day: "2026-03-04", minutes: 90 });
      const running = (await client.post("/api/activities", { name: "Running" })).json().id;
      await client.post("/api/activity-logs", {
        activityId: running,
        day: "2026-03-05",
        minutes: 30,
        feelings: ["capable"],
      });
      // Check-ins on 7 days: interview days (3rd, 5th, 6th) and the rest.
      const scores: Record<string, [number, number]> = {
        "2026-03-01": [1, 1],
        "2026-03-02": [2, 1],
        "2026-03-03": [0, -1],
        "2026-03-04": [1, 2],
        "2026-03-05": [0, -2],
        "2026-03-06": [0, 0],
        "2026-03-07": [0, 0],
      };
      for (const [day, [pleasantness, energy]] of Object.entries(scores)) {
        await client.put(`/api/check-ins/${day}`, { pleasantness, energy });
      }
    });

    it("counts the week's job-search time from interviews and manual entries, and shares it with activities", async () => {
      const week = await client.get("/api/balance/week?weekStart=2026-03-04");
      expect(week.statusCode).toBe(200);
      const body = week.json();
      expect(body).toMatchObject({
        weekStart: "2026-03-02",
        weekEnd: "2026-03-08",
        jobSearchMinutes: 270, // 3 interviews × 60 + 90 by hand
        activityMinutes: 30,
        activityLogCount: 1,
        jobSearchShare: 0.9,
        madeMeFeelCapable: [{ name: "Running", times: 1 }],
        dismissed: false,
      });
      expect(body.jobSearchSources.find((source: { key: string }) => source.key === "interviews")).toMatchObject({
        count: 3,
        minutes: 180,
      });
      expect(body.jobSearchSources.find((source: { key: string }) => source.key === "manual")).toMatchObject({
        count: 1,
        minutes: 90,
      });
      expect(body.note).toMatch(/mostly job search/);

      // The gentle note is set aside for that week only.
      const dismissed = await client.post("/api/balance/week/dismiss?weekStart=2026-03-08");
      expect(dismissed.json()).toMatchObject({ weekStart: "2026-03-02", note: null, dismissed: true });
      expect((await client.get("/api/balance/week?weekStart=2026-03-02")).json().note).toBeNull();
      // Nothing of mine shows to another user.
      expect((await other.get("/api/balance/week?weekStart=2026-03-02")).json()).toMatchObject({
        jobSearchMinutes: 0,
        activityMinutes: 0,
        jobSearchShare: null,
        note: null,
      });
      const bad = await client.get("/api/balance/week?weekStart=soon");
      expect(bad.statusCode).toBe(400);
      expect(fieldPaths(bad.json())).toContain("weekStart");
    });

    it("counts this week's records with their named estimates", async () => {
      const body = (await client.get("/api/balance/week")).json();
      const applications = body.jobSearchSources.find((source: { key: string }) => source.key === "applicationsAdded");
      expect(applications).toMatchObject({ count: 1, minutesEach: 30, minutes: 30 });
      for (const key of ["debriefsWritten", "prepEdited", "messagesSent"]) {
        const source = body.jobSearchSources.find((candidate: { key: string }) => candidate.key === key);
        expect(source.minutesEach).toBeGreaterThan(0);
        expect(source.label).toEqual(expect.any(String));
      }
    });

    it("compares interview days with other days, and withholds activities short of 3 days", async () => {
      const body = (await client.get("/api/check-ins/comparisons")).json();
      expect(body.minimumDaysEachSide).toBe(3);
      expect(body.checkInDays).toBe(7);
      const interviews = body.items.find((item: { factor: string }) => item.factor === "interview-days");
      expect(interviews).toEqual({
        factor: "interview-days",
        label: "Interview days",
        with: { days: 3, pleasantness: 0, energy: -1 },
        without: { days: 4, pleasantness: 1, energy: 1 },
        enoughDays: true,
      });
      const running = body.items.find((item: { label: string }) => item.label === "Running");
      expect(running).toMatchObject({
        with: { days: 1, pleasantness: null, energy: null },
        without: { days: 6, pleasantness: null, energy: null },
        enoughDays: false,
      });
      const theirs = (await other.get("/api/check-ins/comparisons")).json();
      expect(theirs.checkInDays).toBe(0);
      // Their own activities only (Decorating, Their walk), none of mine.
      expect(theirs.items.map((item: { label: string }) => item.label).sort()).toEqual([
        "Decorating",
        "Interview days",
        "Their walk",
      ]);
    });
  });
});
