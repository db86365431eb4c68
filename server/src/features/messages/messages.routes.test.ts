import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpTestServer, startSmtpTestServer } from "../../testing/smtp-test-server.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { fieldPaths, personWithInterview } from "./messages-test-fixture.ts";

// Sending through the person's own email account: the outbox, the timeline and feedback requests.
describe.each(dialects)("message send API on %s", (dialect) => {
  let testApp: TestApp;
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
    await testApp.close();
  });

  const drain = () => testApp.services.createOutboxWorker(() => {}).drain();

  it("without an email account: 409 smtp_not_configured, nothing queued", async () => {
    const { client, applicationId } = await personWithInterview(testApp);
    const response = await client.post("/api/messages/send", {
      kind: "follow_up",
      applicationId,
      to: "ana@fernleaf.test",
      subject: "Following up",
      body: "Hi Ana, still interested.",
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe("smtp_not_configured");
    expect((await client.get(`/api/outbox?applicationId=${applicationId}`)).json().items).toEqual([]);
  });

  it("queues the edited text, the mail arrives as written, and it shows on the timeline with its status", async () => {
    const { client, applicationId, interviewId, contact, user } = await personWithInterview(testApp, { smtp });
    const preview = (
      await client.post("/api/messages/preview", {
        kind: "thank_you",
        applicationId,
        interviewId,
        contactId: contact,
        moment: "the research wall",
      })
    ).json();
    const edited = `${preview.body}\n\nP.S. The link to the case study I mentioned: https://maya.test/case`;
    const revisionBefore = await revisionOf(user.id);
    const sent = await client.post("/api/messages/send", {
      kind: "thank_you",
      applicationId,
      interviewId,
      contactId: contact,
      to: preview.to,
      subject: `${preview.subject}!`,
      body: edited,
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().message).toMatchObject({
      kind: "thank_you",
      status: "queued",
      toAddress: "ana@fernleaf.test",
      toName: "Ana Lima",
      applicationId,
    });
    expect(await revisionOf(user.id)).toBeGreaterThan(revisionBefore);
    const queuedTimeline = (await client.get(`/api/applications/${applicationId}`)).json().timeline;
    expect(queuedTimeline[0]).toMatchObject({
      type: "message",
      kind: "thank_you",
      status: "queued",
      toName: "Ana Lima",
    });

    await drain();
    const mail = smtp.received.find((candidate) => candidate.messageId === sent.json().message.messageId);
    expect(mail?.subject).toBe(`${preview.subject}!`);
    expect(mail?.envelopeTo).toEqual(["ana@fernleaf.test"]);
    expect(mail?.text.trim()).toBe(edited);

    // The status change reached the (cached) application page.
    const timeline = (await client.get(`/api/applications/${applicationId}`)).json().timeline;
    expect(timeline.find((event: { type: string }) => event.type === "message")).toMatchObject({
      status: "sent",
      subject: `${preview.subject}!`,
    });
    expect((await client.get(`/api/outbox/${sent.json().message.id}`)).json().status).toBe("sent");
  });

  it("refuses a text with placeholders still to fill in, and mismatched options, naming the fields", async () => {
    const { client, applicationId } = await personWithInterview(testApp, { smtp });
    const response = await client.post("/api/messages/send", {
      kind: "thank_you",
      applicationId,
      to: "ana@fernleaf.test",
      subject: "Thanks {{contactFirstName}}",
      body: "I enjoyed {{moment}}.",
      includeFeedbackLink: true,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response.json())).toEqual(["subject", "body", "includeFeedbackLink"]);
    const badAddress = await client.post("/api/messages/send", {
      kind: "follow_up",
      applicationId,
      to: "not an address",
      subject: "",
      body: "",
    });
    expect(fieldPaths(badAddress.json())).toEqual(expect.arrayContaining(["to", "subject", "body"]));
    expect((await client.get(`/api/outbox?applicationId=${applicationId}`)).json().items).toEqual([]);
  });

  it("a feedback request gets its private link in the mail, is tracked as sent, and a follow-up is recorded on it", async () => {
    const { client, applicationId, contact } = await personWithInterview(testApp, { smtp });
    const preview = (
      await client.post("/api/messages/preview", {
        kind: "feedback_request",
        applicationId,
        contactId: contact,
        includeFeedbackLink: true,
      })
    ).json();
    const sent = await client.post("/api/messages/send", {
      kind: "feedback_request",
      applicationId,
      contactId: contact,
      to: preview.to,
      subject: preview.subject,
      body: preview.body,
      includeFeedbackLink: true,
    });
    expect(sent.statusCode).toBe(201);
    const requestId = sent.json().feedbackRequestId as string;
    expect(requestId).toBeTruthy();
    expect(sent.json().message.bodyText).toMatch(/no account needed: http:\/\/127\.0\.0\.1:4100\/f\/\S{30,}/);
    expect(sent.json().message.bodyText).not.toContain("{{feedbackLink}}");
    await drain();
    const mail = smtp.received.find((candidate) => candidate.messageId === sent.json().message.messageId);
    expect(mail?.text).toMatch(/\/f\/\S{30,}/);

    const followUp = await client.post("/api/messages/send", {
      kind: "follow_up",
      applicationId,
      to: preview.to,
      subject: "Following up",
      body: "Just a gentle nudge.",
      feedbackRequestId: requestId,
    });
    expect(followUp.statusCode).toBe(201);
    const tracked = (await client.get(`/api/feedback/requests?applicationId=${applicationId}`)).json().items;
    expect(tracked).toHaveLength(1);
    expect(tracked[0]).toMatchObject({ id: requestId, contactId: contact, followUpCount: 1 });
    expect(tracked[0].sentAt).not.toBeNull();

    // The link is required where the body says so.
    const noPlace = await client.post("/api/messages/send", {
      kind: "feedback_request",
      applicationId,
      to: preview.to,
      subject: preview.subject,
      body: "Could you share feedback?",
      includeFeedbackLink: true,
    });
    expect(fieldPaths(noPlace.json())).toEqual(["body"]);
  });

  it("counts follow-ups: the third is advised against", async () => {
    const { client, applicationId } = await personWithInterview(testApp, { smtp });
    for (const n of [1, 2]) {
      const sent = await client.post("/api/messages/send", {
        kind: "follow_up",
        applicationId,
        to: "ana@fernleaf.test",
        subject: `Following up ${n}`,
        body: "Still interested.",
      });
      expect(sent.statusCode).toBe(201);
    }
    const preview = (await client.post("/api/messages/preview", { kind: "follow_up", applicationId })).json();
    expect(preview.timing.state).toBe("limit");

    // Cancelling one (before the worker sends it) shows on the cached page, and no longer counts.
    const queued = (await client.get(`/api/outbox?applicationId=${applicationId}`)).json().items;
    expect((await client.get(`/api/applications/${applicationId}`)).statusCode).toBe(200);
    expect((await client.post(`/api/outbox/${queued[0].id}/cancel`)).statusCode).toBe(200);
    const timeline = (await client.get(`/api/applications/${applicationId}`)).json().timeline;
    expect(timeline.find((event: { id: string }) => event.id === queued[0].id)).toMatchObject({
      status: "cancelled",
    });
    const after = (await client.post("/api/messages/preview", { kind: "follow_up", applicationId })).json();
    expect(after.timing.state).not.toBe("limit");
  });

  async function revisionOf(userId: string): Promise<number> {
    const row = await testApp.db.kysely
      .selectFrom("users")
      .select("pipeline_revision")
      .where("id", "=", userId)
      .executeTakeFirstOrThrow();
    return Number(row.pipeline_revision);
  }
});
