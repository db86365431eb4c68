import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

const phone = { width: 375, height: 812 };

/** Payloads that must stay text: none may run, wherever the answer is shown. */
const xssPayloads = [
  "<script>window.__xss=1</script>",
  "<img src=x onerror=window.__xss=1>",
  '<a href="javascript:window.__xss=1">click me</a>',
  '"><svg onload=window.__xss=1>',
  "';window.__xss=1;//",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
];

const xssRan = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

describe("feedback link in Chromium", () => {
  const session = browserSessionForSuite();

  it("lets an interviewer answer on a phone without an account; hostile text stays text everywhere", async () => {
    const { page, server, browser, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "feedback-failure");
    await signUpAndOnboard(page, server, { name: "Robin", roleFamilies: ["User research"] });

    const application = await postFromPage(page, "/api/applications", {
      roleTitle: "Product Designer",
      companyName: "Fernleaf Secret Co",
      stage: "interviewing",
      notes: "private note about salary",
    });
    expect(application.status, JSON.stringify(application.body)).toBe(201);
    const applicationId = (application.body as { id: string }).id;

    // The panel on the application page makes the link and shows it once.
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByRole("heading", { name: "Ask for feedback" }).waitFor();
    await page.getByRole("button", { name: "Create a feedback link" }).click();
    const linkField = page.getByLabel("Feedback link (shown once)");
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/f\/[A-Za-z0-9_-]{43}$/);
    await page.getByText("no answer yet").waitFor();
    await checkPage(page, "feedback-ask-panel");
    const token = link.split("/f/")[1] as string;

    // The interviewer: a fresh browser context (no session, no cookies), on a phone.
    const context = await browser.newContext({ viewport: phone });
    const guest = await context.newPage();
    const guestErrors: string[] = [];
    guest.on("pageerror", (error) => guestErrors.push(error.message));
    await guest.goto(`${server.url}/f/${token}`);
    await guest.getByRole("heading", { level: 1, name: "Feedback for Robin" }).waitFor();
    const shown = (await guest.locator("body").textContent()) ?? "";
    expect(shown).toContain("Product Designer");
    expect(shown).not.toContain("Fernleaf");
    expect(shown).not.toContain("salary");
    expect(await guest.getByRole("navigation").count()).toBe(0);
    await checkPage(guest, "feedback-public-form");
    await guest.setViewportSize(phone);

    await guest.getByLabel("What went well?").fill(`Clear story. ${xssPayloads[0]}`);
    await guest.getByLabel("What could they do differently?").fill(xssPayloads[1] as string);
    await guest.getByLabel("Any advice for similar roles?").fill(`${xssPayloads[2]}\n${xssPayloads[5]}`);
    await guest.getByText("Optional: three things to keep, three to change").click();
    await guest.getByLabel("Three things to keep: 1").fill(xssPayloads[3] as string);
    await guest.getByLabel("Three things to change: 1").fill(xssPayloads[4] as string);
    await guest.getByLabel("Your name").fill("Sam <b>Bold</b>");
    await guest.getByLabel("Your role").fill("Design lead");
    await guest.getByRole("button", { name: "Send feedback" }).click();
    await guest.getByRole("heading", { name: "Thank you" }).waitFor();
    expect(await xssRan(guest)).toBeUndefined();
    await checkPage(guest, "feedback-public-thanks");

    // Same browser may change it within the hour; the form comes back with its answer.
    await guest.getByRole("button", { name: "Change my answer" }).click();
    await guest
      .getByLabel("Any advice for similar roles?")
      .fill(`${xssPayloads[2]}\n${xssPayloads[5]}\nBring numbers.`);
    await guest.getByRole("button", { name: "Save changes" }).click();
    await guest.getByRole("heading", { name: "Thank you" }).waitFor();
    expect(await xssRan(guest)).toBeUndefined();

    // A link that never existed (or expired: the server answers both the same) shows the same page.
    await guest.goto(`${server.url}/f/${"x".repeat(43)}`);
    await guest.getByRole("heading", { name: "This link isn't valid any more" }).waitFor();
    expect(await guest.locator("form").count()).toBe(0);
    await checkPage(guest, "feedback-public-invalid");
    expect(guestErrors).toEqual([]);
    await context.close();

    // The candidate: Today says there is new feedback; the log shows the text as text.
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "New feedback arrived" }).click();
    await page.getByRole("heading", { level: 1, name: "Feedback" }).waitFor();
    await page.getByText("<img src=x onerror=window.__xss=1>").first().waitFor();
    expect(await page.getByText("<script>window.__xss=1</script>", { exact: false }).count()).toBeGreaterThan(0);
    expect(await xssRan(page)).toBeUndefined();
    expect(await page.locator(".feedback-page img, .feedback-page svg[onload], .feedback-page iframe").count()).toBe(0);
    await checkPage(page, "feedback-log");

    // Split it into items and tag one with a suggested theme.
    await page.getByRole("link", { name: /Sam <b>Bold<\/b>, Design lead/ }).click();
    await page.getByRole("heading", { level: 1, name: "Feedback from Sam <b>Bold</b>" }).waitFor();
    expect(await xssRan(page)).toBeUndefined();
    await page.getByRole("button", { name: "Add “metrics/impact”" }).click();
    await page.getByRole("option", { name: "metrics/impact" }).waitFor({ state: "attached" });
    await page.getByLabel("Item 1", { exact: true }).fill("Bring numbers <img src=x onerror=window.__xss=1>");
    await page.getByLabel("Theme of item 1").selectOption({ label: "metrics/impact" });
    await page.getByRole("button", { name: "Save items" }).click();
    await page.getByText("Items saved.").waitFor();
    await checkPage(page, "feedback-entry");

    await page.getByRole("link", { name: "All feedback" }).click();
    await page.getByRole("heading", { name: "What repeats" }).waitFor();
    await page.locator("blockquote", { hasText: "Bring numbers <img src=x" }).waitFor();
    expect(await xssRan(page)).toBeUndefined();
    await page.getByRole("heading", { name: "Your response rate" }).waitFor();
    await checkPage(page, "feedback-themes");

    // A theme of one's own can be renamed; its items keep it.
    await page.getByRole("button", { name: "Rename “metrics/impact”" }).click();
    await page.getByLabel("New name for “metrics/impact”").fill("Impact in numbers");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByText("Impact in numbers", { exact: true }).waitFor();
    await page.locator("blockquote", { hasText: "Bring numbers <img src=x" }).waitFor();

    // Feedback that came another way: a pasted email reply, about the same application.
    await page
      .getByLabel("About which application (optional)")
      .selectOption({ label: "Product Designer at Fernleaf Secret Co" });
    await page.getByLabel("From (optional)").fill("Recruiter");
    await page.getByLabel("The feedback").fill("Recruiter call: <script>window.__xss=1</script> liked the portfolio");
    await page.getByRole("button", { name: "Add feedback" }).click();
    await page
      .locator("p.feedback-text", { hasText: "Recruiter call: <script>window.__xss=1</script> liked" })
      .waitFor();
    expect(await page.getByLabel("The feedback").inputValue()).toBe("");
    expect(await xssRan(page)).toBeUndefined();

    // The application page now shows the request answered by link.
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByText(/answered by link after 0 days/).waitFor();

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
