import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);
const missingId = "0190d2f4-0000-7000-8000-000000000000";
const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

describe.each(dialects)("reading list API on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let other: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    client = (await signedInClient(testApp)).client;
    other = (await signedInClient(testApp)).client;
  });
  afterAll(async () => testApp.close());

  it("creates, reads, marks read, filters and deletes", async () => {
    const selfCare = await client.post("/api/reading", {
      title: "Looking after yourself during a job search",
      url: "https://example.org/self-care",
      source: "Example Magazine",
      tags: ["wellbeing", "Wellbeing", "rest"],
      contexts: ["self-care", "rejection"],
      whyItHelped: "Permission to take an evening off.",
    });
    expect(selfCare.statusCode).toBe(201);
    expect(selfCare.json()).toMatchObject({
      tags: ["wellbeing", "rest"],
      contexts: ["self-care", "rejection"],
      read: false,
    });
    const id = selfCare.json().id;
    expect((await client.get(`/api/reading/${id}`)).json()).toEqual(selfCare.json());

    await client.post("/api/reading", {
      title: "STAR stories",
      url: "http://example.org/star",
      tags: ["prep"],
      contexts: ["interviewing"],
    });
    await client.post("/api/reading", { title: "Coffee chats", url: "https://example.org/coffee", read: true });

    expect(titles((await client.get("/api/reading")).json())).toEqual([
      "STAR stories",
      "Looking after yourself during a job search",
      "Coffee chats",
    ]);
    expect(titles((await client.get("/api/reading?status=read")).json())).toEqual(["Coffee chats"]);
    expect(titles((await client.get("/api/reading?tag=WELLBEING")).json())).toEqual([
      "Looking after yourself during a job search",
    ]);
    expect(titles((await client.get("/api/reading?context=interviewing")).json())).toEqual(["STAR stories"]);
    expect(titles((await client.get("/api/reading/suggestions?context=self-care")).json())).toEqual([
      "Looking after yourself during a job search",
    ]);
    expect(titles((await client.get("/api/reading/suggestions")).json())).toEqual([
      "Looking after yourself during a job search",
    ]);

    const read = await client.patch(`/api/reading/${id}`, { read: true });
    expect(read.json()).toMatchObject({ read: true, source: "Example Magazine" });
    expect((await client.get("/api/reading/suggestions?context=self-care")).json().items).toEqual([]);
    expect((await client.delete(`/api/reading/${id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/reading/${id}`)).statusCode).toBe(404);
  });

  it("refuses bad input naming the field: javascript: and other non-web links are not stored", async () => {
    const cases: [object, string][] = [
      [{ title: "XSS", url: "javascript:alert(1)" }, "url"],
      [{ title: "XSS", url: "JavaScript:alert(document.cookie)" }, "url"],
      [{ title: "Data", url: "data:text/html,<script>alert(1)</script>" }, "url"],
      [{ title: "File", url: "file:///etc/passwd" }, "url"],
      [{ title: "No link" }, "url"],
      [{ title: "", url: "https://example.org" }, "title"],
      [{ title: "Ok", url: "https://example.org", contexts: ["gardening"] }, "contexts.0"],
      [{ title: "Ok", url: "https://example.org", read: "no" }, "read"],
      [{ title: "Ok", url: "https://example.org", tags: "one" }, "tags"],
      [{ title: "Ok", url: "https://example.org", whyItHelped: "x".repeat(5001) }, "whyItHelped"],
    ];
    const fresh = (await signedInClient(testApp)).client;
    for (const [body, field] of cases) {
      const response = await fresh.post("/api/reading", body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(fieldPaths(response.json())).toContain(field);
    }
    expect((await fresh.get("/api/reading")).json().items).toEqual([]);
    const id = (await fresh.post("/api/reading", { title: "Fine", url: "https://example.org/fine" })).json().id;
    const patched = await fresh.patch(`/api/reading/${id}`, { url: "javascript:alert(1)" });
    expect(patched.statusCode).toBe(400);
    expect(fieldPaths(patched.json())).toContain("url");
    expect((await fresh.get(`/api/reading/${id}`)).json().url).toBe("https://example.org/fine");
    expect((await fresh.get("/api/reading?status=maybe")).statusCode).toBe(400);
    expect((await fresh.get("/api/reading/suggestions?context=gardening")).statusCode).toBe(400);
  });

  it("answers 404 for another user's item and never lists or suggests it", async () => {
    const theirs = (
      await other.post("/api/reading", {
        title: "Their article",
        url: "https://example.org/t",
        contexts: ["self-care"],
      })
    ).json().id;
    for (const id of [theirs, missingId]) {
      expect((await client.get(`/api/reading/${id}`)).statusCode).toBe(404);
      expect((await client.patch(`/api/reading/${id}`, { read: true })).statusCode).toBe(404);
      expect((await client.delete(`/api/reading/${id}`)).statusCode).toBe(404);
    }
    expect((await client.get("/api/reading")).body).not.toContain("Their");
    expect((await client.get("/api/reading/suggestions")).body).not.toContain("Their");
    expect((await other.get(`/api/reading/${theirs}`)).json().read).toBe(false);
  });
});
