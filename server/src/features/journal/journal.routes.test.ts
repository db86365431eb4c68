import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);
const missingId = "0190d2f4-0000-7000-8000-000000000000";

describe.each(dialects)("journal API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let other: TestClient;
  let applicationId: string;
  let interviewId: string;
  let theirApplication: string;
  let theirInterview: string;

  const interview = (owner: TestClient, application: string) =>
    owner.post("/api/interviews", {
      applicationId: application,
      roundName: "Panel",
      kind: "panel",
      startsAtLocal: "2030-05-01T10:00",
      timeZone: "Europe/Berlin",
      format: "video",
    });

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    other = (await signedInClient(testApp)).client;
    applicationId = (await client.post("/api/applications", { roleTitle: "Researcher" })).json().id;
    interviewId = (await interview(client, applicationId)).json().id;
    theirApplication = (await other.post("/api/applications", { roleTitle: "Their role" })).json().id;
    theirInterview = (await interview(other, theirApplication)).json().id;
  });
  afterAll(async () => testApp.close());

  it("creates an empty quick record (every field optional)", async () => {
    const created = await client.post("/api/thought-records", {});
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      mode: "quick",
      situation: "",
      moods: [],
      automaticThoughts: [],
      thinkingTraps: [],
      dismissedTraps: [],
      balancedBelief: null,
      reframe: "",
      applicationId: null,
      interviewId: null,
    });
  });

  it("saves, reads, changes and deletes a full record linked to an application and interview", async () => {
    const created = await client.post("/api/thought-records", {
      mode: "full",
      situation: "Panel interview, the last question",
      moods: [{ name: "anxious", before: 80, after: null }],
      automaticThoughts: [
        { text: "They must think I'm a fraud", hot: true },
        { text: "I always freeze", hot: false },
      ],
      evidenceFor: "I paused for a long time",
      evidenceAgainst: "They asked follow-up questions and smiled",
      balancedThought: "One pause doesn't define the interview",
      balancedBelief: 60,
      thinkingTraps: ["mind_reading", "overgeneralization"],
      applicationId,
      interviewId,
    });
    expect(created.statusCode).toBe(201);
    const record = created.json();
    expect(record).toMatchObject({
      mode: "full",
      moods: [{ name: "anxious", before: 80, after: null }],
      automaticThoughts: [{ text: "They must think I'm a fraud", hot: true }, { hot: false }],
      balancedBelief: 60,
      thinkingTraps: ["mind_reading", "overgeneralization"],
      applicationId,
      interviewId,
    });
    expect((await client.get(`/api/thought-records/${record.id}`)).json()).toEqual(record);

    const changed = await client.patch(`/api/thought-records/${record.id}`, {
      moods: [{ name: "anxious", before: 80, after: 40 }],
      applicationId: null,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      moods: [{ after: 40 }],
      applicationId: null,
      interviewId,
      balancedThought: "One pause doesn't define the interview",
    });

    expect((await client.delete(`/api/thought-records/${record.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/thought-records/${record.id}`)).statusCode).toBe(404);
    expect((await client.delete(`/api/thought-records/${record.id}`)).statusCode).toBe(404);
  });

  it("keeps the suggestions the user set aside, apart from the traps confirmed, and exports them", async () => {
    const created = await client.post("/api/thought-records", {
      automaticThoughts: [{ text: "I always bomb interviews, no one will ever hire me", hot: true }],
      thinkingTraps: ["overgeneralization"],
      dismissedTraps: ["fortune_telling"],
    });
    expect(created.statusCode).toBe(201);
    const record = created.json();
    expect(record).toMatchObject({ thinkingTraps: ["overgeneralization"], dismissedTraps: ["fortune_telling"] });

    // Left out, they stay; sent, they replace the set.
    const kept = await client.patch(`/api/thought-records/${record.id}`, { reframe: "One interview, not all" });
    expect(kept.json().dismissedTraps).toEqual(["fortune_telling"]);
    const changed = await client.patch(`/api/thought-records/${record.id}`, {
      dismissedTraps: ["fortune_telling", "labeling"],
    });
    expect(changed.json().dismissedTraps).toEqual(["fortune_telling", "labeling"]);
    expect((await client.get(`/api/thought-records/${record.id}`)).json().dismissedTraps).toEqual([
      "fortune_telling",
      "labeling",
    ]);

    for (const dismissedTraps of [["doom"], ["labeling", "labeling"], "labeling"]) {
      const bad = await client.patch(`/api/thought-records/${record.id}`, { dismissedTraps });
      expect(bad.statusCode).toBe(400);
      expect(fieldPaths(bad.json())?.some((path) => path.startsWith("dismissedTraps"))).toBe(true);
    }

    const exported = (await client.get("/api/export/applications?format=json")).json();
    const row = exported.thoughtRecords.find((item: { id: string }) => item.id === record.id);
    expect(JSON.parse(row.dismissedTraps)).toEqual(["fortune_telling", "labeling"]);
  });

  it("keeps a record when its application is deleted (the link is cleared)", async () => {
    const app2 = (await client.post("/api/applications", { roleTitle: "Temporary" })).json().id;
    const record = (
      await client.post("/api/thought-records", { reframe: "It was one interview", applicationId: app2 })
    ).json();
    expect((await client.delete(`/api/applications/${app2}`)).statusCode).toBe(204);
    expect((await client.get(`/api/thought-records/${record.id}`)).json()).toMatchObject({
      reframe: "It was one interview",
      applicationId: null,
    });
  });

  it("lists newest first with a cursor, only the user's own", async () => {
    const fresh = (await signedInClient(testApp)).client;
    const ids: string[] = [];
    for (const reframe of ["one", "two", "three"]) {
      ids.push((await fresh.post("/api/thought-records", { reframe })).json().id);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await other.post("/api/thought-records", { reframe: "not yours" });
    const first = (await fresh.get("/api/thought-records?limit=2")).json();
    expect(first.items.map((item: { reframe: string }) => item.reframe)).toEqual(["three", "two"]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await fresh.get(`/api/thought-records?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { reframe: string }) => item.reframe)).toEqual(["one"]);
    expect(second.nextCursor).toBeNull();
    const bad = await fresh.get("/api/thought-records?cursor=nonsense");
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toContain("cursor");
  });

  it("refuses bad input naming the field, storing nothing", async () => {
    const before = (await client.get("/api/thought-records?limit=200")).json().items.length;
    const cases: [object, string][] = [
      [{ mode: "long" }, "mode"],
      [{ situation: "x".repeat(1_000_000) }, "situation"],
      [{ moods: [{ name: "sad", before: 150, after: null }] }, "moods.0.before"],
      [{ moods: [{ name: "sad", before: 10, after: -1 }] }, "moods.0.after"],
      [{ moods: [{ name: "sad", before: 10.5, after: null }] }, "moods.0.before"],
      [{ automaticThoughts: [{ text: "a", hot: "yes" }] }, "automaticThoughts.0.hot"],
      [
        {
          automaticThoughts: [
            { text: "a", hot: true },
            { text: "b", hot: true },
          ],
        },
        "automaticThoughts",
      ],
      [{ balancedBelief: 101 }, "balancedBelief"],
      [{ thinkingTraps: ["doom"] }, "thinkingTraps.0"],
      [{ thinkingTraps: ["labeling", "labeling"] }, "thinkingTraps"],
      [{ applicationId: "nope" }, "applicationId"],
      [{ applicationId: theirApplication }, "applicationId"],
      [{ applicationId: missingId }, "applicationId"],
      [{ interviewId: theirInterview }, "interviewId"],
      [{ feeling: 3 }, ""],
    ];
    for (const [body, field] of cases) {
      const response = await client.post("/api/thought-records", body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      if (field) expect(fieldPaths(response.json())).toContain(field);
    }
    expect((await client.get("/api/thought-records?limit=200")).json().items.length).toBe(before);

    const record = (await client.post("/api/thought-records", { reframe: "kept" })).json();
    const empty = await client.patch(`/api/thought-records/${record.id}`, {});
    expect(empty.statusCode).toBe(400);
    const theirs = await client.patch(`/api/thought-records/${record.id}`, { interviewId: theirInterview });
    expect(theirs.statusCode).toBe(400);
    expect(fieldPaths(theirs.json())).toContain("interviewId");
    expect((await client.get(`/api/thought-records/${record.id}`)).json()).toMatchObject({
      reframe: "kept",
      interviewId: null,
    });
  });

  it("answers 404 for another user's record or a missing one", async () => {
    const theirs = (await other.post("/api/thought-records", { reframe: "private" })).json().id;
    for (const id of [theirs, missingId]) {
      expect((await client.get(`/api/thought-records/${id}`)).statusCode).toBe(404);
      expect((await client.patch(`/api/thought-records/${id}`, { reframe: "mine now" })).statusCode).toBe(404);
      expect((await client.delete(`/api/thought-records/${id}`)).statusCode).toBe(404);
    }
    expect((await other.get(`/api/thought-records/${theirs}`)).json().reframe).toBe("private");
    const mine = (await client.get("/api/thought-records?limit=200")).json().items;
    expect(mine.some((item: { id: string }) => item.id === theirs)).toBe(false);
  });

  it("runs the spiral check on a thought", async () => {
    const response = await client.post("/api/journal/spiral-check", {
      text: "I always bomb interviews, no one will ever hire me",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().suggestions.map((s: { trap: string }) => s.trap)).toEqual([
      "overgeneralization",
      "fortune_telling",
    ]);
    expect((await client.post("/api/journal/spiral-check", { text: "" })).json()).toEqual({ suggestions: [] });
    const bad = await client.post("/api/journal/spiral-check", { text: 3 });
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toContain("text");
  });
});
