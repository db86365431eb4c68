import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import type { TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { hashSecret } from "../auth/secrets.ts";
import { createFeedbackFixture, type FeedbackFixture, newFeedbackLink } from "./feedback-test-fixture.ts";

// Asking for feedback: requests, their private links and their tracking.
describe.each(dialects)("feedback requests on %s", (dialect) => {
  let fixture: FeedbackFixture;
  let testApp: TestApp;
  let client: TestClient;
  let applicationId: string;

  beforeAll(async () => {
    fixture = await createFeedbackFixture(dialect);
    ({ testApp, client, applicationId } = fixture);
  });
  afterAll(async () => testApp.close());

  const newLink = () => newFeedbackLink(fixture);

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
});
