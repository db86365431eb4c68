import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedInClient } from "../../testing/factories.ts";
import { type SmtpTestServer, startSmtpTestServer } from "../../testing/smtp-test-server.ts";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { builtInTemplates } from "./built-in-templates.ts";

const fieldPaths = (body: { error: { fields?: { path: string }[] } }) => body.error.fields?.map((field) => field.path);

describe.each(dialects)("messages API on %s", (dialect) => {
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

  /** A person with an application at Fernleaf, an interviewer with an email, and an interview yesterday. */
  async function personWithInterview(options: { smtp?: boolean } = {}) {
    const { client, user } = await signedInClient(testApp, { displayName: "Maya Seeker" });
    if (options.smtp) {
      const saved = await client.put("/api/me/smtp", {
        host: smtp.host,
        port: smtp.port,
        security: "none",
        username: smtp.username,
        password: smtp.password,
        fromName: "Maya Seeker",
        fromAddress: user.email,
      });
      expect(saved.statusCode).toBe(200);
    }
    const contact = (
      await client.post("/api/contacts", { name: "Ana Lima", roleTitle: "Design lead", email: "ana@fernleaf.test" })
    ).json().id as string;
    const applicationId = (
      await client.post("/api/applications", {
        roleTitle: "Product Designer",
        companyName: "Fernleaf",
        appliedOn: "2026-03-02",
        contactIds: [contact],
      })
    ).json().id as string;
    const yesterday = new Date(Date.now() - 20 * 3_600_000);
    const local = yesterday.toISOString().slice(0, 16);
    const interviewId = (
      await client.post("/api/interviews", {
        applicationId,
        roundName: "Portfolio review",
        kind: "portfolio_presentation",
        startsAtLocal: local,
        timeZone: "UTC",
        durationMinutes: 60,
        format: "video",
        interviewerIds: [contact],
      })
    ).json().id as string;
    return { client, user, contact, applicationId, interviewId };
  }

  const drain = () => testApp.services.createOutboxWorker(() => {}).drain();

  describe("templates", () => {
    it("lists the built-in templates, saves an edit, and resets it", async () => {
      const { client } = await signedInClient(testApp);
      const list = await client.get("/api/message-templates");
      expect(list.statusCode).toBe(200);
      expect(list.json().templates.map((template: { kind: string }) => template.kind)).toEqual([
        "feedback_request",
        "thank_you",
        "follow_up",
        "acceptance",
      ]);
      expect(list.json().templates[1]).toMatchObject({
        kind: "thank_you",
        body: builtInTemplates.thank_you.body,
        edited: false,
        updatedAt: null,
      });
      expect(list.json().placeholders.map((field: { name: string }) => field.name)).toContain("moment");

      const saved = await client.put("/api/message-templates/thank_you", {
        subject: "Thanks, {{contactFirstName}}",
        body: "Loved {{moment}}.\n{{myName}}",
      });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ kind: "thank_you", subject: "Thanks, {{contactFirstName}}", edited: true });
      const after = (await client.get("/api/message-templates")).json().templates;
      expect(after[1]).toMatchObject({ body: "Loved {{moment}}.\n{{myName}}", edited: true });
      expect(after[0].edited).toBe(false);

      const reset = await client.delete("/api/message-templates/thank_you");
      expect(reset.statusCode).toBe(200);
      expect(reset.json()).toMatchObject({ body: builtInTemplates.thank_you.body, edited: false });
      // Resetting again is harmless.
      expect((await client.delete("/api/message-templates/thank_you")).statusCode).toBe(200);
    });

    it("refuses bad input with 400 naming the fields", async () => {
      const { client } = await signedInClient(testApp);
      const unknown = await client.put("/api/message-templates/follow_up", {
        subject: "Hello {{recruiterName}}",
        body: "About {{salary}} and {{roleTitle}}",
      });
      expect(unknown.statusCode).toBe(400);
      expect(fieldPaths(unknown.json())).toEqual(["subject", "body"]);
      expect(unknown.json().error.fields[1].message).toContain("{{salary}}");

      const empty = await client.put("/api/message-templates/follow_up", { subject: "", body: " " });
      expect(empty.statusCode).toBe(400);
      expect(fieldPaths(empty.json())).toEqual(expect.arrayContaining(["subject", "body"]));

      const badKind = await client.put("/api/message-templates/love_letter", { subject: "x", body: "y" });
      expect(badKind.statusCode).toBe(400);
      expect(fieldPaths(badKind.json())).toEqual(["kind"]);
      expect((await client.get("/api/message-templates")).json().templates[2].edited).toBe(false);
    });

    it("keeps each person's templates to themselves", async () => {
      const a = await signedInClient(testApp);
      const b = await signedInClient(testApp);
      await a.client.put("/api/message-templates/acceptance", { subject: "A's subject", body: "A's private wording" });
      const seenByB = await b.client.get("/api/message-templates");
      expect(seenByB.body).not.toContain("A's private wording");
      expect(seenByB.json().templates[3].edited).toBe(false);
      // B resetting their own does not touch A's.
      await b.client.delete("/api/message-templates/acceptance");
      expect((await a.client.get("/api/message-templates")).json().templates[3].body).toBe("A's private wording");
    });
  });

  describe("preview", () => {
    it("fills the template from the application, contact, interview and profile, with guidance and timing", async () => {
      const { client, applicationId, interviewId, contact } = await personWithInterview();
      const preview = await client.post("/api/messages/preview", {
        kind: "thank_you",
        applicationId,
        interviewId,
        contactId: contact,
        moment: "sketching the onboarding flow on the whiteboard together",
      });
      expect(preview.statusCode).toBe(200);
      const body = preview.json();
      expect(body).toMatchObject({
        kind: "thank_you",
        to: "ana@fernleaf.test",
        toName: "Ana Lima",
        missing: [],
        unknown: [],
      });
      expect(body.body).toContain("Hi Ana,");
      expect(body.body).toContain("about the Product Designer role");
      expect(body.body).toContain("I especially enjoyed sketching the onboarding flow on the whiteboard together.");
      expect(body.body).toContain("joining Fernleaf");
      expect(body.body).toContain("Maya Seeker");
      expect(body.subject).toMatch(/^Thank you for \w+day \d+ \w+: Product Designer$/);
      expect(body.recipients).toEqual([
        {
          contactId: contact,
          name: "Ana Lima",
          email: "ana@fernleaf.test",
          roleTitle: "Design lead",
          interviewer: true,
        },
      ]);
      expect(body.guidance).toContainEqual({
        type: "do",
        text: "Mention a specific moment from your conversation with them.",
      });
      expect(body.timing).toMatchObject({ state: "ok" });
      expect(body.timing.summary).toContain("Within 24 hours");
    });

    it("says what is missing, and leaves the feedback link's line out unless asked for", async () => {
      const { client, applicationId } = await personWithInterview();
      const thanks = (await client.post("/api/messages/preview", { kind: "thank_you", applicationId })).json();
      expect(thanks.missing).toEqual(["moment"]);
      expect(thanks.body).toContain("Hi there,");
      expect(thanks.body).toContain("{{moment}}");
      expect(thanks.to).toBeNull();

      const plain = (await client.post("/api/messages/preview", { kind: "feedback_request", applicationId })).json();
      expect(plain.body).not.toContain("feedbackLink");
      expect(plain.body).not.toContain("private page");
      expect(plain.body).toContain("three things I should keep doing and three things I could do differently");
      expect(plain.guidance).toContainEqual({
        type: "dont",
        text: "Don't ask how you compared with the person they hired.",
      });
      const withLink = (
        await client.post("/api/messages/preview", {
          kind: "feedback_request",
          applicationId,
          includeFeedbackLink: true,
        })
      ).json();
      expect(withLink.body).toContain("private page, no account needed: {{feedbackLink}}");
      expect(withLink.missing).toEqual([]);
    });

    it("uses the person's edited template, and reports unknown placeholders", async () => {
      const { client, applicationId } = await personWithInterview();
      await client.put("/api/message-templates/acceptance", {
        subject: "Re: {{roleTitle}}",
        body: "Thanks, {{contactName}}!",
      });
      const preview = (await client.post("/api/messages/preview", { kind: "acceptance", applicationId })).json();
      expect(preview).toMatchObject({
        subject: "Re: Product Designer",
        body: "Thanks, {{contactName}}!",
        missing: ["contactName"],
      });
    });

    it("advises on follow-up timing from the application's dates", async () => {
      const { client, applicationId } = await personWithInterview();
      const preview = (
        await client.post("/api/messages/preview", { kind: "follow_up", applicationId, promisedOn: "2099-01-02" })
      ).json();
      expect(preview.timing).toMatchObject({ state: "early", earliestOn: "2099-01-05" });
    });

    it("refuses unknown ids and bad input (400/404), and another person's application (404)", async () => {
      const { client, applicationId } = await personWithInterview();
      const other = await personWithInterview();
      const bad = await client.post("/api/messages/preview", { kind: "poem", applicationId: "x", moment: 3 });
      expect(bad.statusCode).toBe(400);
      expect(fieldPaths(bad.json())).toEqual(expect.arrayContaining(["kind", "applicationId", "moment"]));
      const foreign = await client.post("/api/messages/preview", {
        kind: "follow_up",
        applicationId: other.applicationId,
      });
      expect(foreign.statusCode).toBe(404);
      const foreignContact = await client.post("/api/messages/preview", {
        kind: "follow_up",
        applicationId,
        contactId: other.contact,
      });
      expect(foreignContact.statusCode).toBe(400);
      expect(fieldPaths(foreignContact.json())).toEqual(["contactId"]);
      const foreignInterview = await client.post("/api/messages/preview", {
        kind: "thank_you",
        applicationId,
        interviewId: other.interviewId,
      });
      expect(fieldPaths(foreignInterview.json())).toEqual(["interviewId"]);
    });
  });

  describe("send", () => {
    it("without an email account: 409 smtp_not_configured, nothing queued", async () => {
      const { client, applicationId } = await personWithInterview();
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
      const { client, applicationId, interviewId, contact, user } = await personWithInterview({ smtp: true });
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
      const { client, applicationId } = await personWithInterview({ smtp: true });
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
      const { client, applicationId, contact } = await personWithInterview({ smtp: true });
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
      const { client, applicationId } = await personWithInterview({ smtp: true });
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
