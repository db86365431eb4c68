import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { fieldPaths, personWithInterview } from "./messages-test-fixture.ts";

// Filling a template in from the application, its people and interviews, with guidance and timing.
describe.each(dialects)("message preview API on %s", (dialect) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => testApp.close());

  it("fills the template from the application, contact, interview and profile, with guidance and timing", async () => {
    const { client, applicationId, interviewId, contact } = await personWithInterview(testApp);
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
    const { client, applicationId } = await personWithInterview(testApp);
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
    const { client, applicationId } = await personWithInterview(testApp);
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
    const { client, applicationId } = await personWithInterview(testApp);
    const preview = (
      await client.post("/api/messages/preview", { kind: "follow_up", applicationId, promisedOn: "2099-01-02" })
    ).json();
    expect(preview.timing).toMatchObject({ state: "early", earliestOn: "2099-01-05" });
  });

  it("refuses unknown ids and bad input (400/404), and another person's application (404)", async () => {
    const { client, applicationId } = await personWithInterview(testApp);
    const other = await personWithInterview(testApp);
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
