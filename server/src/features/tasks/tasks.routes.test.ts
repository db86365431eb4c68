import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

type Page = {
  items: { roleTitle: string; roundName: string; title: string }[];
  nextCursor: string | null;
  total: number;
};

describe.each(dialects)("tasks API on %s", (dialect) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("adds tasks, ties an interview's task to its application, ticks them done and back", async () => {
    const { client } = await signedInClient(testApp);
    const app = (await client.post("/api/applications", { roleTitle: "Researcher", companyName: "Quill" })).json();
    const interview = (
      await client.post("/api/interviews", {
        applicationId: app.id,
        roundName: "Screen",
        kind: "recruiter_screen",
        startsAtLocal: "2026-12-01T10:00",
        timeZone: "UTC",
        format: "phone",
      })
    ).json();
    const created = await client.post("/api/tasks", {
      title: "Thank Priya",
      kind: "thank_you",
      interviewId: interview.id,
      dueOn: "2026-12-02",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      applicationId: app.id,
      interviewId: interview.id,
      roleTitle: "Researcher",
      companyName: "Quill",
      done: false,
    });
    const id = created.json().id;
    const done = (await client.patch(`/api/tasks/${id}`, { done: true })).json();
    expect(done.done).toBe(true);
    const doneAgain = (await client.patch(`/api/tasks/${id}`, { done: true })).json();
    expect(doneAgain.doneAt).toBe(done.doneAt);
    expect((await client.get("/api/tasks")).json().items).toEqual([]);
    expect((await client.get("/api/tasks?status=done")).json().items[0].id).toBe(id);
    expect((await client.patch(`/api/tasks/${id}`, { done: false })).json()).toMatchObject({
      done: false,
      doneAt: null,
    });
  });

  it("orders by due date with undated last, filters and pages, and refuses bad input", async () => {
    const { client } = await signedInClient(testApp);
    for (const [title, dueOn] of [
      ["c", "2026-12-03"],
      ["none", null],
      ["a", "2026-12-01"],
      ["b", "2026-12-02"],
    ] as const) {
      await client.post("/api/tasks", { title, dueOn });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = (await client.get(`/api/tasks?limit=3${cursor ? `&cursor=${cursor}` : ""}`)).json();
      seen.push(...page.items.map((item: { title: string }) => item.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["a", "b", "c", "none"]);
    const due = (await client.get("/api/tasks?dueBefore=2026-12-02")).json();
    expect(due.items.map((item: { title: string }) => item.title)).toEqual(["a", "b"]);

    for (const [payload, field] of [
      [{ title: "x", kind: "nap" }, "kind"],
      [{ title: "x", dueOn: "tomorrow" }, "dueOn"],
      [{ title: "" }, "title"],
      [{ title: "x", applicationId: "0190d2f4-0000-7000-8000-000000000000" }, "applicationId"],
      [{ title: "x", interviewId: "0190d2f4-0000-7000-8000-000000000000" }, "interviewId"],
    ] as const) {
      const response = await client.post("/api/tasks", payload);
      expect({ payload, status: response.statusCode }).toEqual({ payload, status: 400 });
      expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    expect((await client.patch("/api/tasks/0190d2f4-0000-7000-8000-000000000000", { done: true })).statusCode).toBe(
      404,
    );
  });
});
