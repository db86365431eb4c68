import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpTestServer, startSmtpTestServer } from "../server/src/testing/smtp-test-server.ts";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { emailOf, signUpAndOnboard } from "./support/sign-up.ts";

/** A PUT from the signed-in page, with its CSRF token, as the web app sends it. */
async function putFromPage(page: Page, path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ path, body }) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method: "PUT",
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { path, body },
  );
}

/** Splits a mailto: link back into its address, subject and body. */
function readMailto(href: string) {
  const [address = "", query = ""] = href.replace(/^mailto:/, "").split("?");
  const params = Object.fromEntries(
    query.split("&").map((pair) => {
      const [key = "", value = ""] = pair.split("=");
      return [key, decodeURIComponent(value)];
    }),
  );
  return { to: decodeURIComponent(address), subject: params.subject, body: params.body };
}

describe("messages in Chromium", () => {
  const session = browserSessionForSuite();
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => smtp.close());

  it("writes a thank-you after an interview: guidance, preview, edit, copy or mail app, then sends it and sees it on the timeline", async () => {
    const { page, server } = session();
    screenshotOnFailure(page, "messages-failure");
    const person = { name: "Maya Seeker", roleFamilies: ["User research"] };
    await signUpAndOnboard(page, server, person);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });

    const contact = await postFromPage(page, "/api/contacts", {
      name: "Ana Lima",
      roleTitle: "Design lead",
      email: "ana@fernleaf.test",
    });
    const contactId = (contact.body as { id: string }).id;
    const application = await postFromPage(page, "/api/applications", {
      roleTitle: "Product Designer",
      companyName: "Fernleaf",
      contactIds: [contactId],
    });
    const applicationId = (application.body as { id: string }).id;
    const started = new Date(Date.now() - 3 * 3_600_000).toISOString().slice(0, 16);
    const interview = await postFromPage(page, "/api/interviews", {
      applicationId,
      roundName: "Portfolio review",
      kind: "portfolio_presentation",
      startsAtLocal: started,
      timeZone: "UTC",
      durationMinutes: 60,
      format: "video",
      interviewerIds: [contactId],
    });
    expect(interview.status, JSON.stringify(interview.body)).toBe(201);
    const interviewId = (interview.body as { id: string }).id;

    // From the interview page: one thank-you per interviewer.
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.getByRole("link", { name: "Send a thank-you to Ana Lima" }).click();
    await page.waitForURL(`**/applications/${applicationId}/compose?**`);
    await page.getByRole("heading", { name: "Write a message", level: 1 }).waitFor();
    await page.getByText("Mention a specific moment from your conversation with them.").waitFor();
    await page.getByText(/Within 24 hours of the interview: by/).waitFor();
    await page.getByText("Still to fill in: {{moment}}").waitFor();
    expect(await page.getByLabel("To (email address)").inputValue()).toBe("ana@fernleaf.test");

    await page.getByLabel("A moment from the conversation").fill("sketching the onboarding flow together");
    const text = page.getByLabel("Text", { exact: true });
    await expect
      .poll(() => text.inputValue())
      .toContain("I especially enjoyed sketching the onboarding flow together.");
    expect(await text.inputValue()).toContain("Hi Ana,");
    expect(await text.inputValue()).toContain("Maya Seeker");
    await checkPage(page, "messages-compose");

    // Edit it: the copy and the mail-app link carry exactly the edited text.
    const edited = `${await text.inputValue()}\n\nP.S. Here is the case study I mentioned: https://maya.test/case?a=1&b=2`;
    await text.fill(edited);
    const subject = await page.getByLabel("Subject").inputValue();
    expect(subject).toMatch(/^Thank you for .+: Product Designer$/);
    await page.getByText(/set up your email account in/).waitFor();
    await page.getByRole("button", { name: "Copy text" }).click();
    await page.getByText("Subject and text copied.").waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(`Subject: ${subject}\n\n${edited}`);
    const href = await page.getByRole("link", { name: "Open in my mail app" }).getAttribute("href");
    expect(href).toMatch(/^mailto:ana@fernleaf\.test\?subject=/);
    expect(href).not.toMatch(/[ \n]/);
    const mail = readMailto(href ?? "");
    expect(mail).toEqual({ to: "ana@fernleaf.test", subject, body: edited.replace(/\n/g, "\r\n") });
    await checkPage(page, "messages-compose-without-email");

    // With an email account: send it through the outbox, and it arrives as edited.
    const saved = await putFromPage(page, "/api/me/smtp", {
      host: smtp.host,
      port: smtp.port,
      security: "none",
      username: smtp.username,
      password: smtp.password,
      fromName: "Maya Seeker",
      fromAddress: emailOf(person),
    });
    expect(saved).toBe(200);
    await page.goto(
      `${server.url}/applications/${applicationId}/compose?kind=thank_you&interviewId=${interviewId}&contactId=${contactId}`,
    );
    await page.getByLabel("A moment from the conversation").fill("the research wall");
    await expect.poll(() => text.inputValue()).toContain("I especially enjoyed the research wall.");
    const finalText = `${await text.inputValue()}\n\nThank you again!`;
    await text.fill(finalText);
    await page.getByRole("button", { name: "Send from my email" }).click();
    await page.getByRole("heading", { name: "Sent to your outbox" }).waitFor();
    await page.getByText("Status: Sent").waitFor();
    const arrived = smtp.received.at(-1);
    expect(arrived?.envelopeTo).toEqual(["ana@fernleaf.test"]);
    expect(arrived?.subject).toBe(subject);
    expect(arrived?.text.trim()).toBe(finalText);

    await page.getByRole("link", { name: "Back to the application" }).click();
    await page.waitForURL(`**/applications/${applicationId}`);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await timeline.getByText(`Thank-you to Ana Lima: “${subject}” (sent)`).waitFor();
    await page
      .getByRole("region", { name: "Write a message" })
      .getByRole("link", { name: "Follow-up after silence" })
      .waitFor();
    await checkPage(page, "messages-application-timeline");

    // A feedback request with its private link, then the tracking page lists it.
    await page.goto(`${server.url}/applications/${applicationId}/compose?kind=feedback_request&contactId=${contactId}`);
    await page.getByText("Don't ask how you compared with the person they hired.").waitFor();
    await expect.poll(() => text.inputValue()).toContain("no account needed: {{feedbackLink}}");
    await page.getByRole("button", { name: "Send from my email" }).click();
    await page.getByText("Status: Sent").waitFor();
    const request = smtp.received.at(-1);
    expect(request?.text).toMatch(/no account needed: http:\/\/127\.0\.0\.1:\d+\/f\/\S{30,}/);
    expect(request?.text).toContain("three things I should keep doing and three things I could do differently");
    await page.goto(`${server.url}/messages/feedback-requests`);
    const row = page.getByRole("row").filter({ hasText: "Product Designer at Fernleaf" });
    await row.getByText("Not yet").waitFor();
    await row.getByRole("link", { name: "Follow up" }).waitFor();
    await checkPage(page, "messages-feedback-requests");
  });

  it("edits a template in Settings and goes back to the built-in text", async () => {
    const { page, server } = session();
    screenshotOnFailure(page, "messages-templates-failure");
    await page.goto(`${server.url}/settings`);
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Message templates" }).click();
    await page.waitForURL("**/settings/message-templates");
    const followUp = page.getByRole("form", { name: "Follow-up after silence" });
    await followUp.getByLabel("Text").fill("Hi {{contactFirstName}}, any news on {{roleTitle}}? {{salary}}");
    await followUp.getByRole("button", { name: "Save" }).click();
    await followUp.getByText("uses unknown placeholder {{salary}}").waitFor();
    await followUp.getByLabel("Text").fill("Hi {{contactFirstName}}, any news on {{roleTitle}}?\n{{myName}}");
    await followUp.getByRole("button", { name: "Save" }).click();
    await page.getByRole("form", { name: "Follow-up after silence Your wording" }).waitFor();
    await checkPage(page, "messages-templates");
    await page.getByRole("button", { name: "Use the built-in text again" }).click();
    await page.getByRole("form", { name: "Follow-up after silence" }).getByText("Back to the built-in text.").waitFor();
    const text = page.getByRole("form", { name: "Follow-up after silence" }).getByLabel("Text");
    await expect.poll(() => text.inputValue()).toContain("I wanted to follow up on my application");
  });
});
