import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { answer, createFeedbackFixture, type FeedbackFixture, newFeedbackLink } from "./feedback-test-fixture.ts";

// The interviewer's side: the private link's page, one answer, its edits, and what it refuses.
describe.each(dialects)("the public feedback page on %s", (dialect) => {
  let fixture: FeedbackFixture;
  let testApp: TestApp;
  let client: TestClient;
  let applicationId: string;
  let contactId: string;

  beforeAll(async () => {
    fixture = await createFeedbackFixture(dialect);
    ({ testApp, client, applicationId, contactId } = fixture);
  });
  afterAll(async () => testApp.close());

  const newLink = () => newFeedbackLink(fixture);
  const browser = () => new TestClient(testApp.app);

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
});
