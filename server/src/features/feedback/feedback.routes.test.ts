import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { hashSecret } from "../auth/secrets.ts";

const answer = {
  wentWell: "Clear story about the checkout redesign.",
  toChange: "Go deeper on metrics.",
  advice: "Bring one case study with numbers.",
  keep: ["Calm", "Structure"],
  change: ["Metrics"],
  fromName: "Sam Interviewer",
  fromRole: "Design lead",
  anonymous: false,
};

describe.each(dialects)("feedback on %s", (dialect) => {
  let testApp: TestApp;
  let client: TestClient;
  let applicationId: string;
  let contactId: string;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    testApp.services.feedbackLinkLimit.limits.perAddress = 10_000;
    client = (await signedInClient(testApp, { displayName: "Robin Candidate" })).client;
    const company = await client.post("/api/companies", { name: "Fernleaf" });
    applicationId = (
      await client.post("/api/applications", {
        roleTitle: "Product Designer",
        companyId: company.json().id,
        notes: "private salary notes",
      })
    ).json().id;
    contactId = (await client.post("/api/contacts", { name: "Sam Interviewer", email: "sam@fernleaf.test" })).json().id;
  });
  afterAll(async () => testApp.close());

  const newLink = async () => {
    const created = await client.post("/api/feedback/requests", { applicationId, contactId });
    expect(created.statusCode).toBe(201);
    const url: string = created.json().url;
    return { id: created.json().request.id as string, url, token: url.split("/f/")[1] as string };
  };
  const browser = () => new TestClient(testApp.app);

  it("creates a request with a link whose token is only stored hashed, and tracks it", async () => {
    const { id, url, token } = await newLink();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4100\/f\/[A-Za-z0-9_-]{43}$/);
    const row = await testApp.db.kysely
      .selectFrom("feedback_requests")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashSecret(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(Date.parse(row.expires_at) - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);

    const list = (await client.get(`/api/feedback/requests?applicationId=${applicationId}`)).json().items;
    const tracked = list.find((item: { id: string }) => item.id === id);
    expect(tracked).toMatchObject({
      roleTitle: "Product Designer",
      companyName: "Fernleaf",
      contactName: "Sam Interviewer",
    });
    expect(tracked.answeredAt).toBeNull();
    expect(JSON.stringify(list)).not.toContain(token);

    const actor = { userId: row.user_id };
    await testApp.services.feedbackRequests.markSent(actor, id, null);
    await testApp.services.feedbackRequests.markFollowedUp(actor, id);
    const answered = await client.post(`/api/feedback/requests/${id}/answered`);
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ answeredVia: "manual", followUpCount: 1, daysToAnswer: 0 });
    expect(answered.json().sentAt).not.toBeNull();

    const rate = (await client.get("/api/feedback/response-rate")).json();
    expect(rate.overall.answered).toBeGreaterThanOrEqual(1);
    expect(rate.benchmark.neverReceiveShare).toBe(0.71);
    expect(rate.byMonth.length).toBeGreaterThan(0);
  });

  it("refuses a request for someone else's application (404) or an unknown contact (400)", async () => {
    const other = (await signedInClient(testApp)).client;
    expect((await other.post("/api/feedback/requests", { applicationId })).statusCode).toBe(404);
    const response = await client.post("/api/feedback/requests", { applicationId, contactId: applicationId });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("contactId");
  });

  it("shows the public page only the candidate's name and the role", async () => {
    const { token } = await newLink();
    const response = await browser().get(`/api/public/feedback/${token}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      candidateName: "Robin Candidate",
      roleTitle: "Product Designer",
      alreadyAnswered: false,
      editableUntil: null,
      answer: null,
    });
    for (const secret of ["Fernleaf", "salary", "sam@fernleaf.test", "@example.test", applicationId, contactId]) {
      expect(response.body).not.toContain(secret);
    }
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("takes one answer, notifies the user, and lets the same browser (only) edit it", async () => {
    const { id, token } = await newLink();
    const interviewer = browser();
    const before = (await client.get("/api/feedback/unread")).json().count;
    const sent = await interviewer.post(`/api/public/feedback/${token}`, answer);
    expect(sent.statusCode).toBe(201);
    const cookie = sent.cookies.find((c) => c.name === "debrief_feedback_edit");
    expect(cookie).toMatchObject({ httpOnly: true, path: `/api/public/feedback/${token}`, sameSite: "Strict" });

    expect((await client.get("/api/feedback/unread")).json().count).toBe(before + 1);
    const tracked = (await client.get("/api/feedback/requests"))
      .json()
      .items.find((item: { id: string }) => item.id === id);
    expect(tracked).toMatchObject({ answeredVia: "link", daysToAnswer: 0 });
    const entry = (await client.get("/api/feedback/entries"))
      .json()
      .items.find((item: { requestId: string }) => item.requestId === id);
    expect(entry).toMatchObject({ source: "link", ...answer, applicationId, unread: true, companyName: "Fernleaf" });

    // The same browser sees its answer and may change it.
    const own = (await interviewer.get(`/api/public/feedback/${token}`)).json();
    expect(own).toMatchObject({ alreadyAnswered: true, answer: { wentWell: answer.wentWell } });
    expect(own.editableUntil).not.toBeNull();
    const edited = await interviewer.put(`/api/public/feedback/${token}`, { ...answer, advice: "Edited advice" });
    expect(edited.statusCode).toBe(200);

    // Another browser: no answer shown, no second answer, no edit.
    const stranger = browser();
    const seen = (await stranger.get(`/api/public/feedback/${token}`)).json();
    expect(seen).toMatchObject({ alreadyAnswered: true, editableUntil: null, answer: null });
    expect((await stranger.post(`/api/public/feedback/${token}`, answer)).statusCode).toBe(409);
    expect((await stranger.put(`/api/public/feedback/${token}`, { ...answer, advice: "hijack" })).statusCode).toBe(409);
    expect((await interviewer.post(`/api/public/feedback/${token}`, answer)).statusCode).toBe(409);

    const stored = (await client.get(`/api/feedback/entries/${entry.id}`)).json();
    expect(stored.advice).toBe("Edited advice");
    expect(
      (await client.get("/api/feedback/entries"))
        .json()
        .items.filter((item: { requestId: string }) => item.requestId === id),
    ).toHaveLength(1);

    await client.post("/api/feedback/seen");
    expect((await client.get("/api/feedback/unread")).json().count).toBe(0);
  });

  it("marks a request sent by hand (from my own mail app), keeping the first time", async () => {
    const { id } = await newLink();
    const first = await client.post(`/api/feedback/requests/${id}/sent`);
    expect(first.statusCode).toBe(200);
    expect(first.json().sentAt).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await client.post(`/api/feedback/requests/${id}/sent`);
    expect(again.json().sentAt).toBe(first.json().sentAt);
    const stranger = (await signedInClient(testApp)).client;
    expect((await stranger.post(`/api/feedback/requests/${id}/sent`)).statusCode).toBe(404);
  });

  it("emails the person a notice (no feedback text in it) when they have an email account", async () => {
    const saved = await client.put("/api/me/smtp", {
      host: "127.0.0.1",
      port: 2525,
      security: "none",
      username: "robin@mail.test",
      password: "app password 1234",
      fromName: "Robin Candidate",
      fromAddress: "robin@mail.test",
    });
    expect(saved.statusCode).toBe(200);
    const { token } = await newLink();
    expect((await browser().post(`/api/public/feedback/${token}`, answer)).statusCode).toBe(201);
    const notices = (await client.get("/api/outbox?limit=200"))
      .json()
      .items.filter((message: { kind: string }) => message.kind === "feedback_received");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ toAddress: "robin@mail.test", status: "queued" });
    expect(notices[0].subject).toContain("New feedback");
    const message = (await client.get(`/api/outbox/${notices[0].id}`)).json();
    expect(message.bodyText).toContain("/feedback");
    expect(message.bodyText).not.toContain(answer.wentWell);

    // A filled honeypot sends no notice either.
    const { token: botToken } = await newLink();
    await browser().post(`/api/public/feedback/${botToken}`, { ...answer, website: "http://spam.test" });
    const after = (await client.get("/api/outbox?limit=200"))
      .json()
      .items.filter((item: { kind: string }) => item.kind === "feedback_received");
    expect(after).toHaveLength(1);
    await client.delete("/api/me/smtp");
  });

  it("answers expired, used-up, guessed and malformed tokens with the same 404", async () => {
    const expired = await newLink();
    await testApp.db.kysely
      .updateTable("feedback_requests")
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", expired.id)
      .execute();
    const used = await newLink();
    expect((await browser().post(`/api/public/feedback/${used.token}`, answer)).statusCode).toBe(201);
    await testApp.db.kysely
      .updateTable("feedback_entries")
      .set({ editable_until: new Date(Date.now() - 1000).toISOString() })
      .where("request_id", "=", used.id)
      .execute();
    // Answered, then the answer deleted from the log: the link stays spent.
    const deleted = await newLink();
    expect((await browser().post(`/api/public/feedback/${deleted.token}`, answer)).statusCode).toBe(201);
    const deletedEntry = (await client.get("/api/feedback/entries"))
      .json()
      .items.find((item: { requestId: string }) => item.requestId === deleted.id);
    expect((await client.delete(`/api/feedback/entries/${deletedEntry.id}`)).statusCode).toBe(204);
    const guessed = "A".repeat(43);
    const malformed = ["x", "%3Cscript%3E", "..%2F..%2Fapi", "a b"];
    const bodies = new Set<string>();
    for (const token of [expired.token, used.token, deleted.token, guessed, ...malformed]) {
      for (const method of ["GET", "POST", "PUT"] as const) {
        const response = await browser().request(
          method,
          `/api/public/feedback/${token}`,
          method === "GET" ? undefined : answer,
        );
        expect({ token, method, status: response.statusCode }).toEqual({ token, method, status: 404 });
        const { error } = response.json();
        bodies.add(JSON.stringify({ code: error.code, message: error.message, fields: error.fields }));
      }
    }
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain("isn't valid any more");
  });

  it("stores nothing when the honeypot is filled, but answers like a success", async () => {
    const { id, token } = await newLink();
    const response = await browser().post(`/api/public/feedback/${token}`, { ...answer, website: "http://spam.test" });
    expect(response.statusCode).toBe(201);
    expect(response.json().editableUntil).toBeTruthy();
    const rows = await testApp.db.kysely
      .selectFrom("feedback_entries")
      .select("id")
      .where("request_id", "=", id)
      .execute();
    expect(rows).toHaveLength(0);
    const request = await testApp.db.kysely
      .selectFrom("feedback_requests")
      .select("answered_at")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(request.answered_at).toBeNull();
  });

  it("refuses 1 MB with 413, empty answers and over-long lists with 400, and keeps text verbatim", async () => {
    const { token } = await newLink();
    const big = await browser().post(`/api/public/feedback/${token}`, { ...answer, wentWell: "x".repeat(1024 * 1024) });
    expect(big.statusCode).toBe(413);
    const empty = await browser().post(`/api/public/feedback/${token}`, { wentWell: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe("wentWell");
    const tooMany = await browser().post(`/api/public/feedback/${token}`, { ...answer, keep: ["a", "b", "c", "d"] });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].path).toBe("keep");

    const payload = `<script>window.__xss=1</script><img src=x onerror=alert(1)> & "quotes"`;
    expect((await browser().post(`/api/public/feedback/${token}`, { ...answer, wentWell: payload })).statusCode).toBe(
      201,
    );
    const entries = (await client.get("/api/feedback/entries")).json().items;
    expect(entries.some((entry: { wentWell: string }) => entry.wentWell === payload)).toBe(true);
  });

  it("rate-limits the public routes per client address with 429 and Retry-After", async () => {
    const { token } = await newLink();
    const limit = testApp.services.feedbackLinkLimit.limits;
    const saved = limit.perAddress;
    limit.perAddress = 5;
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof testApp.app.inject>> | undefined;
      for (let i = 0; i < 7; i += 1) {
        last = await testApp.app.inject({
          method: "GET",
          url: `/api/public/feedback/${token}`,
          remoteAddress: "10.9.8.7",
        });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(Number(last?.headers["retry-after"])).toBeGreaterThan(0);
      // Another address is not affected.
      const other = await testApp.app.inject({
        method: "GET",
        url: `/api/public/feedback/${token}`,
        remoteAddress: "10.9.8.6",
      });
      expect(other.statusCode).toBe(200);
    } finally {
      limit.perAddress = saved;
    }
  });

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
