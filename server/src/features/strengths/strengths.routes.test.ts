import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { dayHash } from "./strengths.service.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);
const missingId = "0190d2f4-0000-7000-8000-000000000000";

describe("dayHash", () => {
  it("is stable and spreads days", () => {
    expect(dayHash("a:2026-01-01")).toBe(dayHash("a:2026-01-01"));
    const picks = new Set(["01", "02", "03", "04", "05", "06", "07"].map((d) => dayHash(`u:2026-01-${d}`) % 5));
    expect(picks.size).toBeGreaterThan(1);
  });
});

describe.each(dialects)("strengths and wins API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let other: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    other = (await signedInClient(testApp)).client;
  });
  afterAll(async () => testApp.close());

  it("has no reminder before there is anything to remember", async () => {
    const response = await client.get("/api/strengths/reminder?day=2026-03-02");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ day: "2026-03-02", reminder: null });
  });

  it("creates, reads, changes and deletes a strength with evidence", async () => {
    const created = await client.post("/api/strengths", {
      name: "  Research synthesis ",
      description: "Finding the story",
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ name: "Research synthesis", position: 0, evidence: [] });

    const evidence = await client.post(`/api/strengths/${id}/evidence`, {
      kind: "feedback_quote",
      text: "The diary study was the best case we saw",
      link: "https://example.org/feedback",
    });
    expect(evidence.statusCode).toBe(201);
    expect(evidence.json()).toMatchObject({
      strengthId: id,
      kind: "feedback_quote",
      link: "https://example.org/feedback",
    });
    const story = await client.post(`/api/strengths/${id}/evidence`, { text: "Ran the onboarding study", link: "" });
    expect(story.json()).toMatchObject({ kind: "story", link: null });

    const second = await client.post("/api/strengths", { name: "Calm facilitation" });
    expect(second.json().position).toBe(1);

    const list = (await client.get("/api/strengths")).json().items;
    expect(list.map((item: { name: string }) => item.name)).toEqual(["Research synthesis", "Calm facilitation"]);
    expect(list[0].evidence).toHaveLength(2);

    const changed = await client.patch(`/api/strengths/${id}`, { description: "Turning notes into decisions" });
    expect(changed.json()).toMatchObject({ name: "Research synthesis", description: "Turning notes into decisions" });

    expect((await client.delete(`/api/strength-evidence/${story.json().id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/strengths/${id}`)).json().evidence).toHaveLength(1);
    expect((await client.delete(`/api/strength-evidence/${story.json().id}`)).statusCode).toBe(404);

    const win = await client.post("/api/wins", { title: "Shipped the study", strengthId: second.json().id });
    expect((await client.delete(`/api/strengths/${second.json().id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/strengths/${second.json().id}`)).statusCode).toBe(404);
    expect((await client.get(`/api/wins/${win.json().id}`)).json().strengthId).toBeNull();
  });

  it("refuses bad input naming the field, javascript: links included", async () => {
    const id = (await client.post("/api/strengths", { name: "Writing" })).json().id;
    const strengthCases: [object, string][] = [
      [{ name: "" }, "name"],
      [{ name: "a\nb" }, "name"],
      [{ name: "Ok", position: -1 }, "position"],
      [{ name: "Ok", description: "x".repeat(2001) }, "description"],
      [{ name: "Ok", colour: "red" }, ""],
    ];
    for (const [body, field] of strengthCases) {
      const response = await client.post("/api/strengths", body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
      if (field) expect(fieldPaths(response.json())).toContain(field);
    }
    const evidenceCases: [object, string][] = [
      [{ text: "Quote", link: "javascript:alert(1)" }, "link"],
      [{ text: "Quote", link: "data:text/html,hi" }, "link"],
      [{ text: "   " }, "text"],
      [{ text: "Quote", kind: "rumour" }, "kind"],
    ];
    for (const [body, field] of evidenceCases) {
      const response = await client.post(`/api/strengths/${id}/evidence`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(response.json())).toContain(field);
    }
    expect((await client.get(`/api/strengths/${id}`)).json().evidence).toEqual([]);
    const winCases: [object, string][] = [
      [{ title: "" }, "title"],
      [{ title: "Run", size: "huge" }, "size"],
      [{ title: "Run", happenedOn: "2026-02-31" }, "happenedOn"],
      [{ title: "Run", jobRelated: "yes" }, "jobRelated"],
      [{ title: "Run", strengthId: "nope" }, "strengthId"],
      [{ title: "Run", strengthId: missingId }, "strengthId"],
    ];
    for (const [body, field] of winCases) {
      const response = await client.post("/api/wins", body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldPaths(response.json())).toContain(field);
    }
    expect((await client.get("/api/wins?cursor=garbage")).statusCode).toBe(400);
  });

  it("lists wins newest first with a cursor", async () => {
    const fresh = (await signedInClient(testApp)).client;
    for (const [title, day] of [
      ["Ran 10 km", "2026-03-01"],
      ["Launched a freelance site", "2026-03-05"],
      ["Organised a volunteer event", "2026-02-20"],
    ] as const) {
      const response = await fresh.post("/api/wins", { title, happenedOn: day, size: "large" });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ jobRelated: false, size: "large" });
    }
    await fresh.post("/api/wins", { title: "Got a second interview", happenedOn: "2026-03-03", jobRelated: true });
    const first = (await fresh.get("/api/wins?limit=2")).json();
    expect(first.items.map((w: { title: string }) => w.title)).toEqual([
      "Launched a freelance site",
      "Got a second interview",
    ]);
    expect(first.items[1].jobRelated).toBe(true);
    const next = (await fresh.get(`/api/wins?limit=2&cursor=${first.nextCursor}`)).json();
    expect(next.items.map((w: { title: string }) => w.title)).toEqual(["Ran 10 km", "Organised a volunteer event"]);
    expect(next.nextCursor).toBeNull();

    const id = first.items[0].id;
    const changed = await fresh.patch(`/api/wins/${id}`, { size: "small", notes: "First client!" });
    expect(changed.json()).toMatchObject({ size: "small", notes: "First client!", title: "Launched a freelance site" });
    expect((await fresh.delete(`/api/wins/${id}`)).statusCode).toBe(204);
    expect((await fresh.get(`/api/wins/${id}`)).statusCode).toBe(404);
  });

  it("chooses a reminder by user and day: stable within a day, varying across days", async () => {
    const fresh = (await signedInClient(testApp)).client;
    const s = (await fresh.post("/api/strengths", { name: "Synthesis" })).json().id;
    await fresh.post(`/api/strengths/${s}/evidence`, { kind: "feedback_quote", text: "Best case we saw" });
    await fresh.post(`/api/strengths/${s}/evidence`, { kind: "project", text: "The diary study" });
    await fresh.post("/api/wins", { title: "Ran 10 km", happenedOn: "2026-03-01" });
    await fresh.post("/api/wins", { title: "Too old to count", happenedOn: "2025-01-01" });
    const seen = new Set<string>();
    for (let d = 1; d <= 20; d++) {
      const day = `2026-03-${String(d).padStart(2, "0")}`;
      const one = (await fresh.get(`/api/strengths/reminder?day=${day}`)).json();
      const again = (await fresh.get(`/api/strengths/reminder?day=${day}`)).json();
      expect(again).toEqual(one);
      const r = one.reminder;
      expect(r).not.toBeNull();
      if (r.type === "win") expect(r.win.title).toBe("Ran 10 km");
      else expect(r.strength.name).toBe("Synthesis");
      seen.add(r.type === "win" ? r.win.title : r.evidence.text);
    }
    expect(seen.size).toBeGreaterThan(1);
    expect((await fresh.get("/api/strengths/reminder?day=tomorrow")).statusCode).toBe(400);
  });

  it("answers 404 for another user's ids and never lists them", async () => {
    const theirs = (await other.post("/api/strengths", { name: "Their strength" })).json().id;
    const theirEvidence = (await other.post(`/api/strengths/${theirs}/evidence`, { text: "Their quote" })).json().id;
    const theirWin = (await other.post("/api/wins", { title: "Their win" })).json().id;
    for (const id of [theirs, missingId]) {
      expect((await client.get(`/api/strengths/${id}`)).statusCode).toBe(404);
      expect((await client.patch(`/api/strengths/${id}`, { name: "Mine now" })).statusCode).toBe(404);
      expect((await client.post(`/api/strengths/${id}/evidence`, { text: "Sneaky" })).statusCode).toBe(404);
      expect((await client.delete(`/api/strengths/${id}`)).statusCode).toBe(404);
    }
    expect((await client.delete(`/api/strength-evidence/${theirEvidence}`)).statusCode).toBe(404);
    expect((await client.get(`/api/wins/${theirWin}`)).statusCode).toBe(404);
    expect((await client.patch(`/api/wins/${theirWin}`, { title: "x" })).statusCode).toBe(404);
    expect((await client.delete(`/api/wins/${theirWin}`)).statusCode).toBe(404);
    const linked = await client.post("/api/wins", { title: "Linking theirs", strengthId: theirs });
    expect(linked.statusCode).toBe(400);
    expect(fieldPaths(linked.json())).toContain("strengthId");
    const body = (await client.get("/api/strengths")).body + (await client.get("/api/wins")).body;
    expect(body).not.toContain("Their");
    const remembered = (await client.get("/api/strengths/reminder")).body;
    expect(remembered).not.toContain("Their");
    const theirView = (await other.get(`/api/strengths/${theirs}`)).json();
    expect(theirView).toMatchObject({ name: "Their strength", evidence: [{ text: "Their quote" }] });
  });
});
