import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

type Page = {
  items: { roleTitle: string; roundName: string; title: string }[];
  nextCursor: string | null;
  total: number;
};
const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);

describe.each(dialects)("interviews API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let applicationId: string;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    applicationId = (
      await client.post("/api/applications", { roleTitle: "Researcher", companyName: "Fernleaf" })
    ).json().id;
  });
  afterAll(async () => testApp.close());

  const schedule = (overrides: object = {}) =>
    client.post("/api/interviews", {
      applicationId,
      roundName: "Case presentation",
      kind: "portfolio_presentation",
      startsAtLocal: "2026-12-03T10:30",
      timeZone: "America/New_York",
      endsAtLocal: "2026-12-03T12:00",
      format: "video",
      location: "https://meet.example/abc",
      prep: { caseForMe: "I ran **research ops** at scale.", learningGoal: "Pause before answering." },
      ...overrides,
    });

  it("stores wall-clock time in its zone as a UTC instant, with the end as a duration", async () => {
    const response = await schedule();
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      startsAt: "2026-12-03T15:30:00.000Z",
      endsAt: "2026-12-03T17:00:00.000Z",
      startsAtLocal: "2026-12-03T10:30",
      timeZone: "America/New_York",
      durationMinutes: 90,
      roleTitle: "Researcher",
      companyName: "Fernleaf",
      prep: { caseForMe: "I ran **research ops** at scale.", learningGoal: "Pause before answering.", questions: "" },
    });
  });

  it("counts a duration across a daylight-saving change in wall-clock terms", async () => {
    // Europe/Berlin leaves summer time at 03:00 on 2026-10-25: 01:00→04:00 local is 4 real hours.
    const response = await schedule({
      timeZone: "Europe/Berlin",
      startsAtLocal: "2026-10-25T01:00",
      endsAtLocal: "2026-10-25T04:00",
    });
    expect(response.json()).toMatchObject({ startsAt: "2026-10-24T23:00:00.000Z", durationMinutes: 240 });
  });

  it("refuses an end before the start, unknown zones, kinds and applications, naming the field", async () => {
    const cases: [object, string][] = [
      [{ endsAtLocal: "2026-12-03T09:00" }, "endsAtLocal"],
      [{ timeZone: "Mars/Olympus" }, "timeZone"],
      [{ kind: "coffee" }, "kind"],
      [{ format: "carrier pigeon" }, "format"],
      [{ startsAtLocal: "next tuesday" }, "startsAtLocal"],
      [{ endsAtLocal: undefined, durationMinutes: -5 }, "durationMinutes"],
      [{ endsAtLocal: undefined, durationMinutes: 30 * 60 }, "durationMinutes"],
      [{ durationMinutes: 30 }, "endsAtLocal"],
      [{ applicationId: "0190d2f4-0000-7000-8000-000000000000" }, "applicationId"],
      [{ interviewerIds: ["0190d2f4-0000-7000-8000-000000000000"] }, "interviewerIds.0"],
    ];
    const before = (await client.get("/api/interviews")).json().items.length;
    for (const [overrides, field] of cases) {
      const response = await schedule(overrides);
      expect({ overrides, status: response.statusCode }).toEqual({ overrides, status: 400 });
      expect(fieldPaths(response.json())).toContain(field);
    }
    expect((await client.get("/api/interviews")).json().items.length).toBe(before);
  });

  it("edits prep and time; a new zone alone keeps the wall-clock time", async () => {
    const person = (await client.post("/api/contacts", { name: "Dana Okafor", roleTitle: "Hiring manager" })).json();
    const { id } = (await schedule()).json();
    const prep = await client.patch(`/api/interviews/${id}`, {
      prep: { questions: "- What does success look like in 6 months?" },
      interviewerIds: [person.id],
    });
    expect(prep.json().prep).toMatchObject({
      caseForMe: "I ran **research ops** at scale.",
      questions: "- What does success look like in 6 months?",
    });
    expect(prep.json().interviewers).toEqual([{ id: person.id, name: "Dana Okafor", roleTitle: "Hiring manager" }]);

    const moved = await client.patch(`/api/interviews/${id}`, { timeZone: "Europe/London" });
    expect(moved.json()).toMatchObject({ startsAtLocal: "2026-12-03T10:30", startsAt: "2026-12-03T10:30:00.000Z" });
    expect(moved.json().durationMinutes).toBe(90);

    const backwards = await client.patch(`/api/interviews/${id}`, { endsAtLocal: "2026-12-03T10:00" });
    expect(backwards.statusCode).toBe(400);
    expect(fieldPaths(backwards.json())).toEqual(["endsAtLocal"]);

    expect((await client.get(`/api/interviews/${id}`)).json().prep.learningGoal).toBe("Pause before answering.");
    expect((await client.delete(`/api/interviews/${id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/interviews/${id}`)).statusCode).toBe(404);
  });

  it("lists by start time with date filters and keyset pages", async () => {
    const c = (await signedInClient(testApp)).client;
    const app = (await c.post("/api/applications", { roleTitle: "Paged" })).json();
    for (const day of ["05", "01", "03", "02", "04"]) {
      await c.post("/api/interviews", {
        applicationId: app.id,
        roundName: `Round ${day}`,
        kind: "other",
        startsAtLocal: `2027-01-${day}T09:00`,
        timeZone: "UTC",
        format: "phone",
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await c.get(`/api/interviews?limit=2${cursor ? `&cursor=${cursor}` : ""}`)).json();
      seen.push(...page.items.map((item: { roundName: string }) => item.roundName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Round 01", "Round 02", "Round 03", "Round 04", "Round 05"]);
    const window = (await c.get("/api/interviews?from=2027-01-02&to=2027-01-04")).json();
    expect(window.items.map((item: { roundName: string }) => item.roundName)).toEqual(["Round 02", "Round 03"]);
  });
});
