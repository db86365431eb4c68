import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import type { TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { createFeedbackFixture } from "./feedback-test-fixture.ts";

// The feedback log: entries from any channel, their themed items, the themes, and their privacy.
describe.each(dialects)("the feedback log on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let applicationId: string;

  beforeAll(async () => {
    ({ testApp, client, applicationId } = await createFeedbackFixture(dialect));
  });
  afterAll(async () => testApp.close());

  it("keeps a log of feedback from any channel, split into themed items", async () => {
    const created = await client.post("/api/feedback/entries", {
      applicationId,
      source: "email",
      fromName: "Alex Recruiter",
      body: "Thanks for your time. The panel wanted more depth on metrics.",
      receivedOn: "2026-03-04",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ source: "email", receivedAt: "2026-03-04T12:00:00.000Z", items: [] });
    const entryId = created.json().id;

    const bad = await client.post("/api/feedback/entries", { source: "link" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("source");

    const metrics = (await client.post("/api/feedback/themes", { name: "metrics/impact" })).json();
    const story = (await client.post("/api/feedback/themes", { name: "storytelling" })).json();
    expect((await client.post("/api/feedback/themes", { name: "Storytelling" })).statusCode).toBe(409);
    const themes = (await client.get("/api/feedback/themes")).json();
    expect(themes.suggestions).not.toContain("storytelling");
    expect(themes.suggestions).toContain("communication");

    const items = await client.put(`/api/feedback/entries/${entryId}/items`, {
      items: [
        { text: "More depth on metrics", themeId: metrics.id },
        { text: "Good story", themeId: story.id },
        { text: "Untagged bit", themeId: null },
      ],
    });
    expect(items.statusCode).toBe(200);
    expect(items.json().items.map((item: { position: number }) => item.position)).toEqual([0, 1, 2]);

    // A bad theme rolls the whole replace back.
    const other = (await signedInClient(testApp)).client;
    const foreign = (await other.post("/api/feedback/themes", { name: "theirs" })).json();
    const refused = await client.put(`/api/feedback/entries/${entryId}/items`, {
      items: [
        { text: "Replaced", themeId: null },
        { text: "Foreign", themeId: foreign.id },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe("items.1.themeId");
    expect(
      (await client.get(`/api/feedback/entries/${entryId}`)).json().items.map((item: { text: string }) => item.text),
    ).toEqual(["More depth on metrics", "Good story", "Untagged bit"]);

    // Items sent back with their ids keep them (links to them survive); the rest go; a foreign id is refused.
    const saved = (await client.get(`/api/feedback/entries/${entryId}`)).json().items;
    const reordered = await client.put(`/api/feedback/entries/${entryId}/items`, {
      items: [
        { id: saved[1].id, text: "Good story", themeId: story.id },
        { id: saved[0].id, text: "More depth on metrics", themeId: metrics.id },
        { text: "Untagged bit", themeId: null },
      ],
    });
    expect(
      reordered
        .json()
        .items.map((item: { id: string }) => item.id)
        .slice(0, 2),
    ).toEqual([saved[1].id, saved[0].id]);
    expect(reordered.json().items[2].id).not.toBe(saved[2].id);
    const restored = await client.put(`/api/feedback/entries/${entryId}/items`, {
      items: [
        { id: saved[0].id, text: "More depth on metrics", themeId: metrics.id },
        { id: saved[1].id, text: "Good story", themeId: story.id },
        { text: "Untagged bit", themeId: null },
      ],
    });
    expect(restored.statusCode).toBe(200);
    const foreignId = await client.put(`/api/feedback/entries/${entryId}/items`, {
      items: [{ id: foreign.id, text: "x", themeId: null }],
    });
    expect(foreignId.statusCode).toBe(400);
    expect(foreignId.json().error.fields[0].path).toBe("items.0.id");

    // A second entry from another company and person on the same theme.
    const otherApp = (
      await client.post("/api/applications", { roleTitle: "UX Lead", companyName: "Brightside" })
    ).json().id;
    const second = (
      await client.post("/api/feedback/entries", {
        applicationId: otherApp,
        source: "call",
        fromName: "Kim",
        body: "notes",
      })
    ).json();
    await client.put(`/api/feedback/entries/${second.id}/items`, {
      items: [{ text: "Show impact numbers", themeId: metrics.id }],
    });
    // An anonymous one, same company as the second.
    const third = (
      await client.post("/api/feedback/entries", {
        applicationId: otherApp,
        source: "other",
        anonymous: true,
        body: "x",
      })
    ).json();
    await client.put(`/api/feedback/entries/${third.id}/items`, { items: [{ text: "Numbers!", themeId: metrics.id }] });

    const byTheme = (await client.get(`/api/feedback/items?themeId=${metrics.id}`)).json().items;
    expect(byTheme).toHaveLength(3);
    expect((await client.get(`/api/feedback/items?applicationId=${otherApp}`)).json().items).toHaveLength(2);

    const summary = (await client.get("/api/feedback/themes/summary")).json();
    const metricsSummary = summary.themes.find((theme: { id: string }) => theme.id === metrics.id);
    expect(metricsSummary).toMatchObject({ itemCount: 3, companyCount: 2, peopleCount: 3 });
    expect(metricsSummary.quotes.length).toBe(3);
    expect(summary.themes[0].id).toBe(metrics.id);
    expect(summary.untaggedCount).toBeGreaterThanOrEqual(1);

    // Deleting a theme keeps its items, untagged; renaming works.
    expect((await client.patch(`/api/feedback/themes/${story.id}`, { name: "story" })).json().name).toBe("story");
    expect((await client.delete(`/api/feedback/themes/${story.id}`)).statusCode).toBe(204);
    const after = (await client.get(`/api/feedback/entries/${entryId}`)).json().items;
    expect(after[1]).toMatchObject({ text: "Good story", themeId: null });

    // Patch and delete an entry.
    const patched = await client.patch(`/api/feedback/entries/${entryId}`, { fromRole: "Recruiter", keep: ["a"] });
    expect(patched.json()).toMatchObject({ fromRole: "Recruiter", keep: ["a"], fromName: "Alex Recruiter" });
    expect((await client.delete(`/api/feedback/entries/${third.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/feedback/entries/${third.id}`)).statusCode).toBe(404);
  });

  it("keeps every user's log, items and themes to themselves (404)", async () => {
    const entry = (await client.post("/api/feedback/entries", { source: "email", body: "mine" })).json();
    const theme = (await client.post("/api/feedback/themes", { name: "private theme" })).json();
    const other = (await signedInClient(testApp)).client;
    expect((await other.get(`/api/feedback/entries/${entry.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/feedback/entries/${entry.id}`, { body: "x" })).statusCode).toBe(404);
    expect((await other.put(`/api/feedback/entries/${entry.id}/items`, { items: [] })).statusCode).toBe(404);
    expect((await other.delete(`/api/feedback/entries/${entry.id}`)).statusCode).toBe(404);
    expect((await other.patch(`/api/feedback/themes/${theme.id}`, { name: "x" })).statusCode).toBe(404);
    expect((await other.delete(`/api/feedback/themes/${theme.id}`)).statusCode).toBe(404);
    for (const path of [
      "/api/feedback/entries",
      "/api/feedback/items",
      "/api/feedback/themes",
      "/api/feedback/requests",
      "/api/feedback/themes/summary",
    ]) {
      const body = (await other.get(path)).body;
      expect(body, path).not.toContain("mine");
      expect(body, path).not.toContain("private theme");
      expect(body, path).not.toContain("Fernleaf");
    }
    expect((await other.get("/api/feedback/unread")).json().count).toBe(0);
  });
});
