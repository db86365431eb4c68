import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

const phone = { width: 375, height: 812 };

/** YYYY-MM-DD of the UTC day `days` from now (negative: in the past). */
function utcDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

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

async function createInterview(page: Page, applicationId: string, fields: Record<string, unknown>): Promise<string> {
  const created = await postFromPage(page, "/api/interviews", {
    applicationId,
    kind: "hiring_manager",
    timeZone: "UTC",
    durationMinutes: 45,
    format: "video",
    ...fields,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return (created.body as { id: string }).id;
}

const draftKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("debrief:draft:")));

describe("debrief journey in Chromium", () => {
  const session = browserSessionForSuite();

  it("debriefs an ended interview on a phone, keeps the draft, edits it, and shows the arc", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "debrief-failure");
    await signUpAndOnboard(page, server, { name: "Noor", roleFamilies: ["User research"] });

    const application = await postFromPage(page, "/api/applications", {
      roleTitle: "Senior User Researcher",
      companyName: "Northwind Health",
      stage: "interviewing",
    });
    expect(application.status, JSON.stringify(application.body)).toBe(201);
    const applicationId = (application.body as { id: string }).id;
    // An earlier round, debriefed through the API, so the arc has a start.
    const screenId = await createInterview(page, applicationId, {
      roundName: "Recruiter screen",
      kind: "recruiter_screen",
      format: "phone",
      startsAtLocal: `${utcDay(-3)}T09:00`,
    });
    expect(
      await putFromPage(page, `/api/interviews/${screenId}/debrief`, {
        energy: 0,
        engagement: 3,
        wentWell: 4,
        feelings: ["calm"],
      }),
    ).toBe(201);
    // Yesterday's interview, with a learning goal from its prep: the one to debrief now.
    const interviewId = await createInterview(page, applicationId, {
      roundName: "Hiring manager chat",
      startsAtLocal: `${utcDay(-1)}T14:00`,
      prep: { learningGoal: "Ask how research shapes the **roadmap**" },
    });
    const futureId = await createInterview(page, applicationId, {
      roundName: "Final panel",
      kind: "panel",
      startsAtLocal: `${utcDay(2)}T10:00`,
    });

    await page.setViewportSize(phone);

    // Today offers the debrief for yesterday's interview only (the screen has one already).
    await page.goto(`${server.url}/`);
    const recently = page.locator("section", { has: page.getByRole("heading", { name: "Recently" }) });
    await recently.getByRole("link", { name: /^Debrief now\W+Hiring manager chat$/ }).waitFor();
    expect(await recently.getByRole("link", { name: /Debrief now/ }).count()).toBe(1);
    const todayText = await page.locator("main").textContent();
    expect(todayText).not.toMatch(/streak/i);
    await checkPage(page, "today-debrief-now");
    await page.setViewportSize(phone);

    // The interview invites a debrief, once, gently.
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.getByRole("heading", { level: 1, name: "Hiring manager chat" }).waitFor();
    await page.getByText("How did it go? A debrief takes under a minute.").waitFor();
    await page.getByRole("link", { name: "Debrief now" }).click();
    await page.waitForURL(`**/interviews/${interviewId}/debrief`);
    await page.getByRole("heading", { level: 1, name: "How did it go?" }).waitFor();
    expect(await page.locator(".debrief-about").textContent()).toContain("Senior User Researcher at Northwind Health");

    // Saving with no rating asks for one, next to energy, and focus goes there.
    await page.getByRole("button", { name: "Save debrief" }).click();
    await page.getByText("Pick at least one rating").waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("energy");

    // The ratings: large radio buttons whose names carry the words.
    await page.getByRole("radio", { name: "+2 Energized" }).check();
    expect(await page.getByText("Pick at least one rating").count()).toBe(0);
    await page.getByRole("radio", { name: "4 Engaged" }).check();
    await page.getByRole("group", { name: "Did you hit flow?" }).getByRole("radio", { name: "Yes" }).check();
    await page.getByRole("radio", { name: "5 Very well" }).check();
    await page.getByRole("checkbox", { name: "Excited" }).check();
    await page.getByRole("checkbox", { name: "Curious" }).check();
    // Own words: Enter adds one (and doesn't send the form); a listed word is ticked instead.
    const own = page.getByLabel("Add your own");
    await own.fill("hopeful");
    await own.press("Enter");
    await page.getByRole("button", { name: "Remove “hopeful”" }).waitFor();
    await own.fill("confident");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    expect(await page.getByRole("checkbox", { name: "Confident" }).isChecked()).toBe(true);
    expect(page.url()).toMatch(/\/debrief$/);

    // The draft is kept in this browser: a reload before saving loses nothing.
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith("debrief:draft:")));
    await page.reload();
    await page.getByText("Here is what you picked last time").waitFor();
    expect(await page.getByRole("radio", { name: "+2 Energized" }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "4 Engaged" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Curious" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Remove “hopeful”" }).waitFor();

    // More: AEIOU notes and the learning goal from the prep.
    await page.getByText("More (optional)").click();
    await page.getByLabel("Activities").fill("Walked through my clinic study plan");
    await page.getByLabel("What I'd do differently").fill("Bring one slide with the research timeline");
    await page.locator(".debrief-goal-text strong", { hasText: "roadmap" }).waitFor();
    await page
      .getByRole("group", { name: "Did you meet your learning goal?" })
      .getByRole("radio", { name: "Partly" })
      .check();
    await checkPage(page, "debrief");
    await page.setViewportSize(phone);

    await page.getByRole("button", { name: "Save debrief" }).click();
    await page.waitForURL(`**/interviews/${interviewId}`);
    await page.getByText("Debrief saved.").waitFor();
    const summary = page.locator(".debrief-summary-card");
    await summary.getByText("+2 Energized").waitFor();
    const summaryText = await summary.textContent();
    expect(summaryText).toContain("4 of 5, Engaged");
    expect(summaryText).toContain("Very well (5 of 5)");
    expect(summaryText).toContain("Excited");
    expect(summaryText).toContain("hopeful");
    expect(await page.getByText("How did it go? A debrief takes under a minute.").count()).toBe(0);
    expect(await draftKeys(page)).toEqual([]);
    await checkPage(page, "interview-debriefed");
    await page.setViewportSize(phone);

    // Editing: the saved debrief loads into the form; the first time it was written stays.
    await summary.getByRole("link", { name: "Edit debrief" }).click();
    await page.getByText(/^First written /).waitFor();
    expect(await page.getByRole("radio", { name: "+2 Energized" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Activities").inputValue()).toBe("Walked through my clinic study plan");
    await page.getByRole("radio", { name: "+3 Buzzing" }).check();
    await page.getByRole("checkbox", { name: "Curious" }).uncheck();
    await page.getByRole("button", { name: "Save debrief" }).click();
    await page.waitForURL(`**/interviews/${interviewId}`);
    await summary.getByText("+3 Buzzing").waitFor();
    expect(await summary.textContent()).not.toContain("Curious");

    // A reload of the debrief shows the edited values, from the server.
    await page.goto(`${server.url}/interviews/${interviewId}/debrief`);
    await page.getByText(/^First written /).waitFor();
    expect(await page.getByRole("radio", { name: "+3 Buzzing" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Curious" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Excited" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Remove “hopeful”" }).waitFor();
    expect(await page.getByLabel("What I'd do differently").inputValue()).toBe(
      "Bring one slide with the research timeline",
    );
    expect(await page.getByRole("radio", { name: "Partly" }).isChecked()).toBe(true);
    expect(await page.getByText("Here is what you picked last time").count()).toBe(0);

    // The application shows the arc: the chart (loaded on demand) and the same numbers as text.
    await page.goto(`${server.url}/applications/${applicationId}`);
    const arc = page.locator("section", { has: page.getByRole("heading", { name: "The arc" }) });
    await arc.locator(".arc-svg .recharts-line").first().waitFor();
    const items = arc.locator(".arc-item");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).textContent()).toContain("Recruiter screen");
    expect(await items.nth(0).textContent()).toContain("Energy: 0 Neutral");
    expect(await items.nth(1).textContent()).toContain("Hiring manager chat");
    expect(await items.nth(1).textContent()).toContain("Energy: +3 Buzzing");
    expect(await items.nth(1).textContent()).toContain("hopeful");
    expect(await arc.locator(".arc-sentence").textContent()).toContain("from 0 Neutral");
    await checkPage(page, "application-arc");
    await page.setViewportSize(phone);

    // Today no longer asks.
    await page.goto(`${server.url}/`);
    await recently
      .getByRole("link", { name: /Hiring manager chat/ })
      .first()
      .waitFor();
    expect(await page.getByRole("link", { name: /Debrief now/ }).count()).toBe(0);

    // An interview still to come can't be debriefed yet, and the page says so plainly.
    await page.goto(`${server.url}/interviews/${futureId}/debrief`);
    await page.getByText("This interview hasn't started yet.").waitFor();
    await page.getByRole("radio", { name: "+1 A bit lifted" }).check();
    await page.getByRole("button", { name: "Save debrief" }).click();
    await page.getByRole("alert").getByText("hasn't started yet, so there's nothing to debrief").waitFor();

    // Deleting the debrief asks first; the interview invites one again.
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.getByRole("button", { name: "Delete debrief" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete debrief" }).click();
    await page.getByText("How did it go? A debrief takes under a minute.").waitFor();
    expect(await page.locator(".debrief-summary-card").count()).toBe(0);
    // Focus moves to the invitation rather than getting lost with the deleted summary.
    await page.waitForFunction(() => document.activeElement?.textContent === "Debrief now");

    // The one optional reminder is off until turned on, and stays as set.
    await page.goto(`${server.url}/settings/pipeline`);
    const reminder = page.getByRole("checkbox", { name: /Email me one reminder to debrief/ });
    expect(await reminder.isChecked()).toBe(false);
    await reminder.check();
    await page.getByText("Saved. Reminders are on: at most one per interview.").waitFor();
    await checkPage(page, "settings-debriefs");
    await page.reload();
    await page.getByRole("checkbox", { name: /Email me one reminder to debrief/ }).waitFor();
    expect(await page.getByRole("checkbox", { name: /Email me one reminder to debrief/ }).isChecked()).toBe(true);

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
