import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { asLearningGoal } from "./action-items.service.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);
const missingId = "0190d2f4-0000-7000-8000-000000000000";

describe.each(dialects)("growth API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let other: TestClient;
  let applicationId: string;
  let theirApplication: string;

  const revision = async (owner = client) => {
    const me = (await owner.get("/api/me")).json().user;
    const row = await testApp.services.db.kysely
      .selectFrom("users")
      .select("pipeline_revision")
      .where("id", "=", me.id)
      .executeTakeFirst();
    return Number(row?.pipeline_revision);
  };

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    other = (await signedInClient(testApp)).client;
    applicationId = (
      await client.post("/api/applications", { roleTitle: "User Researcher", companyName: "Fernleaf" })
    ).json().id;
    theirApplication = (await other.post("/api/applications", { roleTitle: "Their role" })).json().id;
  });
  afterAll(async () => testApp.close());

  describe("soft landing", () => {
    it("starts empty, saves answers (201 then 200), completes and keeps what was written", async () => {
      const empty = await client.get(`/api/applications/${applicationId}/soft-landing`);
      expect(empty.statusCode).toBe(200);
      expect(empty.json()).toMatchObject({ applicationId, feeling: null, planForMe: "", createdAt: null });

      const before = await revision();
      const created = await client.put(`/api/applications/${applicationId}/soft-landing`, {
        feeling: 2,
        feelingWords: "  sad, but okay ",
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ feeling: 2, feelingWords: "sad, but okay", completedAt: null });
      expect(await revision()).toBeGreaterThan(before);

      const saved = await client.put(`/api/applications/${applicationId}/soft-landing`, {
        feeling: 2,
        whatILearned: "Research roles energize me.",
        planForMe: "When I finish lunch on Tuesday, I will go for a run.",
        completed: true,
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({
        feelingWords: "",
        whatILearned: "Research roles energize me.",
        planForMe: "When I finish lunch on Tuesday, I will go for a run.",
        createdAt: created.json().createdAt,
      });
      expect(saved.json().completedAt).toEqual(expect.any(String));
      // Completed stays completed, even when a later save leaves the flag out.
      const again = await client.put(`/api/applications/${applicationId}/soft-landing`, { feeling: 3 });
      expect(again.json().completedAt).toBe(saved.json().completedAt);
      expect((await client.get(`/api/applications/${applicationId}/soft-landing`)).json()).toEqual(again.json());
    });

    it("dismisses (keeping the first time and the answers)", async () => {
      const app2 = (await client.post("/api/applications", { roleTitle: "Designer" })).json().id;
      await client.put(`/api/applications/${app2}/soft-landing`, { planForMe: "Call a friend." });
      const dismissed = await client.post(`/api/applications/${app2}/soft-landing/dismiss`);
      expect(dismissed.statusCode).toBe(200);
      expect(dismissed.json()).toMatchObject({ planForMe: "Call a friend.", dismissedAt: expect.any(String) });
      const twice = await client.post(`/api/applications/${app2}/soft-landing/dismiss`);
      expect(twice.json().dismissedAt).toBe(dismissed.json().dismissedAt);
      // Dismissing before anything was written creates the record.
      const app3 = (await client.post("/api/applications", { roleTitle: "Analyst" })).json().id;
      expect((await client.post(`/api/applications/${app3}/soft-landing/dismiss`)).json().dismissedAt).toEqual(
        expect.any(String),
      );
    });

    it("refuses bad answers naming the field, storing nothing", async () => {
      const app4 = (await client.post("/api/applications", { roleTitle: "Writer" })).json().id;
      const cases: [object, string][] = [
        [{ feeling: 0 }, "feeling"],
        [{ feeling: 6 }, "feeling"],
        [{ feeling: 2.5 }, "feeling"],
        [{ feelingWords: "a\nb" }, "feelingWords"],
        [{ whatILearned: "x".repeat(5001) }, "whatILearned"],
        [{ planForMe: 3 }, "planForMe"],
        [{ completed: "yes" }, "completed"],
        [{ mood: "fine" }, ""],
      ];
      for (const [body, field] of cases) {
        const response = await client.put(`/api/applications/${app4}/soft-landing`, body);
        expect(response.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
        if (field) expect(fieldPaths(response.json())).toContain(field);
      }
      expect((await client.put("/api/applications/not-an-id/soft-landing", {})).statusCode).toBe(400);
      expect((await client.get(`/api/applications/${app4}/soft-landing`)).json().createdAt).toBeNull();
    });

    it("answers 404 for another user's application or a missing one", async () => {
      await other.put(`/api/applications/${theirApplication}/soft-landing`, { planForMe: "Their plan" });
      for (const id of [theirApplication, missingId]) {
        expect((await client.get(`/api/applications/${id}/soft-landing`)).statusCode).toBe(404);
        expect((await client.put(`/api/applications/${id}/soft-landing`, { feeling: 1 })).statusCode).toBe(404);
        expect((await client.post(`/api/applications/${id}/soft-landing/dismiss`)).statusCode).toBe(404);
      }
      const theirs = (await other.get(`/api/applications/${theirApplication}/soft-landing`)).json();
      expect(theirs).toMatchObject({ planForMe: "Their plan", feeling: null, dismissedAt: null });
    });
  });

  describe("writing sessions", () => {
    it("creates, reads, lists, edits and deletes a private session", async () => {
      const created = await client.post("/api/writing-sessions", {
        applicationId,
        body: "It hurt more than I expected.",
        minutes: 20,
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id;
      expect(created.json()).toMatchObject({ applicationId, body: "It hurt more than I expected.", minutes: 20 });
      expect((await client.get(`/api/writing-sessions/${id}`)).json()).toEqual(created.json());
      const edited = await client.patch(`/api/writing-sessions/${id}`, { body: "It hurt. I am still here." });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ body: "It hurt. I am still here.", minutes: 20 });
      const byApp = (await client.get(`/api/writing-sessions?applicationId=${applicationId}`)).json().items;
      expect(byApp.map((item: { id: string }) => item.id)).toContain(id);
      expect((await client.post("/api/writing-sessions", { body: "Free writing" })).json().applicationId).toBeNull();
      expect((await client.delete(`/api/writing-sessions/${id}`)).statusCode).toBe(204);
      expect((await client.get(`/api/writing-sessions/${id}`)).statusCode).toBe(404);
    });

    it("refuses bad input naming the field", async () => {
      const cases: [string, string, object, string][] = [
        ["POST", "/api/writing-sessions", {}, "body"],
        ["POST", "/api/writing-sessions", { body: "x", minutes: 0 }, "minutes"],
        ["POST", "/api/writing-sessions", { body: "x", minutes: 61 }, "minutes"],
        ["POST", "/api/writing-sessions", { body: "x", applicationId: "nope" }, "applicationId"],
        ["POST", "/api/writing-sessions", { body: "x", applicationId: theirApplication }, "applicationId"],
        ["POST", "/api/writing-sessions", { body: "x".repeat(100_001) }, "body"],
      ];
      for (const [method, url, body, field] of cases) {
        const response = await client.request(method, url, body);
        expect(response.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
        expect(fieldPaths(response.json())).toContain(field);
      }
      const id = (await client.post("/api/writing-sessions", { body: "keep" })).json().id;
      const empty = await client.patch(`/api/writing-sessions/${id}`, {});
      expect(empty.statusCode).toBe(400);
      expect(fieldPaths(empty.json())).toContain("body");
      expect((await client.get("/api/writing-sessions?applicationId=nope")).statusCode).toBe(400);
    });

    it("keeps sessions private: 404 for another user's, and never in my list", async () => {
      const theirs = (await other.post("/api/writing-sessions", { body: "Their private words" })).json().id;
      expect((await client.get(`/api/writing-sessions/${theirs}`)).statusCode).toBe(404);
      expect((await client.patch(`/api/writing-sessions/${theirs}`, { body: "mine" })).statusCode).toBe(404);
      expect((await client.delete(`/api/writing-sessions/${theirs}`)).statusCode).toBe(404);
      const mine = (await client.get("/api/writing-sessions")).json().items;
      expect(mine.some((item: { id: string }) => item.id === theirs)).toBe(false);
      expect((await other.get(`/api/writing-sessions/${theirs}`)).json().body).toBe("Their private words");
    });
  });

  describe("action items", () => {
    it("creates, lists by status, marks done where it paid off (a win), reopens and deletes", async () => {
      const planner = (await signedInClient(testApp)).client;
      const paidOff = (
        await planner.post("/api/applications", { roleTitle: "UX Researcher", companyName: "Oak" })
      ).json().id;
      const created = await planner.post("/api/action-items", {
        title: "Quantify the impact in my stories",
        targetDate: "2026-12-01",
      });
      expect(created.statusCode).toBe(201);
      const id = created.json().id;
      expect(created.json()).toMatchObject({ status: "todo", targetDate: "2026-12-01", doneAt: null });
      await planner.post("/api/action-items", { title: "Deepen the portfolio case", status: "doing" });

      const open = (await planner.get("/api/action-items")).json().items;
      expect(open.map((item: { status: string }) => item.status)).toEqual(["doing", "todo"]);
      expect((await planner.get("/api/action-items?status=todo")).json().items).toHaveLength(1);

      const suggestions = (await planner.get("/api/growth/learning-goal-suggestions")).json().items;
      expect(suggestions.map((item: { learningGoal: string }) => item.learningGoal)).toEqual([
        "Practise: Deepen the portfolio case",
        "Practise: Quantify the impact in my stories",
      ]);

      const before = await revision(planner);
      const done = await planner.patch(`/api/action-items/${id}`, { status: "done", applicationId: paidOff });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({
        status: "done",
        applicationId: paidOff,
        applicationTitle: "UX Researcher at Oak",
      });
      expect(done.json().doneAt).toEqual(expect.any(String));
      expect(await revision(planner)).toBeGreaterThan(before);
      const wins = (await planner.get(`/api/action-items?applicationId=${paidOff}&status=done`)).json().items;
      expect(wins.map((item: { id: string }) => item.id)).toEqual([id]);
      expect((await planner.get("/api/growth/learning-goal-suggestions")).json().items).toHaveLength(1);

      const reopened = await planner.patch(`/api/action-items/${id}`, { status: "doing" });
      expect(reopened.json().doneAt).toBeNull();
      expect((await planner.delete(`/api/action-items/${id}`)).statusCode).toBe(204);
      expect((await planner.patch(`/api/action-items/${id}`, { status: "todo" })).statusCode).toBe(404);
    });

    it("links an item to its source feedback item, and keeps the item when that feedback goes", async () => {
      const entry = await client.post("/api/feedback/entries", { source: "call", fromName: "Priya" });
      expect(entry.statusCode).toBe(201);
      const items = await client.put(`/api/feedback/entries/${entry.json().id}/items`, {
        items: [{ text: "Show the impact with numbers" }],
      });
      const feedbackItemId = items.json().items[0].id;
      const created = await client.post("/api/action-items", { title: "Add numbers to stories", feedbackItemId });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        feedbackItemId,
        feedbackItemText: "Show the impact with numbers",
        feedbackEntryId: entry.json().id,
      });
      // Another user can't point at my feedback item.
      const stolen = await other.post("/api/action-items", { title: "Theirs", feedbackItemId });
      expect(stolen.statusCode).toBe(400);
      expect(fieldPaths(stolen.json())).toEqual(["feedbackItemId"]);
      // The feedback item goes (on delete set null): the action item stays, unlinked.
      await client.put(`/api/feedback/entries/${entry.json().id}/items`, { items: [] });
      const after = (await client.get("/api/action-items"))
        .json()
        .items.find((item: { id: string }) => item.id === created.json().id);
      expect(after).toMatchObject({ title: "Add numbers to stories", feedbackItemId: null, feedbackItemText: null });
    });

    it("refuses bad input naming the field, and another user's links", async () => {
      const cases: [object, string][] = [
        [{}, "title"],
        [{ title: "  " }, "title"],
        [{ title: "x".repeat(201) }, "title"],
        [{ title: "ok", status: "someday" }, "status"],
        [{ title: "ok", targetDate: "2026-02-31" }, "targetDate"],
        [{ title: "ok", feedbackItemId: "nope" }, "feedbackItemId"],
        [{ title: "ok", feedbackItemId: missingId }, "feedbackItemId"],
        [{ title: "ok", applicationId: theirApplication }, "applicationId"],
      ];
      for (const [body, field] of cases) {
        const response = await client.post("/api/action-items", body);
        expect(response.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
        expect(fieldPaths(response.json())).toContain(field);
      }
      const id = (await client.post("/api/action-items", { title: "Mine" })).json().id;
      const empty = await client.patch(`/api/action-items/${id}`, {});
      expect(empty.statusCode).toBe(400);
      expect(fieldPaths(empty.json())).toContain("title");
      const stolen = await client.patch(`/api/action-items/${id}`, { status: "done", applicationId: theirApplication });
      expect(stolen.statusCode).toBe(400);
      expect(fieldPaths(stolen.json())).toEqual(["applicationId"]);
      expect((await client.get(`/api/action-items/${id}`)).statusCode).toBe(404); // no single-item GET
      expect((await client.get("/api/action-items?status=later")).statusCode).toBe(400);
      const after = (await client.get("/api/action-items")).json().items.find((item: { id: string }) => item.id === id);
      expect(after).toMatchObject({ status: "todo", applicationId: null });
    });

    it("answers 404 for another user's item and leaves it alone", async () => {
      const theirs = (await other.post("/api/action-items", { title: "Their item" })).json().id;
      expect((await client.patch(`/api/action-items/${theirs}`, { status: "done" })).statusCode).toBe(404);
      expect((await client.delete(`/api/action-items/${theirs}`)).statusCode).toBe(404);
      expect((await client.get("/api/action-items")).json().items.some((i: { id: string }) => i.id === theirs)).toBe(
        false,
      );
      const suggestions = (await client.get("/api/growth/learning-goal-suggestions")).json().items;
      expect(suggestions.some((item: { actionItemId: string }) => item.actionItemId === theirs)).toBe(false);
      expect((await other.get("/api/action-items")).json().items[0]).toMatchObject({ id: theirs, status: "todo" });
    });
  });

  it("answers 401 without a session", async () => {
    const anonymous = new TestClient(testApp.app);
    const calls: [string, string][] = [
      ["GET", `/api/applications/${applicationId}/soft-landing`],
      ["PUT", `/api/applications/${applicationId}/soft-landing`],
      ["POST", `/api/applications/${applicationId}/soft-landing/dismiss`],
      ["GET", "/api/writing-sessions"],
      ["POST", "/api/writing-sessions"],
      ["GET", `/api/writing-sessions/${missingId}`],
      ["PATCH", `/api/writing-sessions/${missingId}`],
      ["DELETE", `/api/writing-sessions/${missingId}`],
      ["GET", "/api/action-items"],
      ["POST", "/api/action-items"],
      ["PATCH", `/api/action-items/${missingId}`],
      ["DELETE", `/api/action-items/${missingId}`],
      ["GET", "/api/growth/learning-goal-suggestions"],
    ];
    for (const [method, url] of calls) {
      expect(
        (await anonymous.request(method, url, method === "GET" || method === "DELETE" ? undefined : {})).statusCode,
        `${method} ${url}`,
      ).toBe(401);
    }
  });
});

describe("asLearningGoal", () => {
  it("phrases a title as something to practise", () => {
    expect(asLearningGoal(" Tell the story with numbers. ")).toBe("Practise: Tell the story with numbers");
  });
});
