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

async function getFromPage<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (path) => (await fetch(path)).json(), path) as Promise<T>;
}

async function created(page: Page, path: string, body: unknown): Promise<string> {
  const response = await postFromPage(page, path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return (response.body as { id: string }).id;
}

describe("soft landing and growth plan in Chromium", () => {
  const session = browserSessionForSuite();

  it("offers a soft landing after a rejection, goes through it, and turns a plan into a learning goal", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "soft-landing-failure");
    await signUpAndOnboard(page, server, { name: "Mara", roleFamilies: ["User research"] });

    const applicationId = await created(page, "/api/applications", {
      roleTitle: "User Researcher",
      companyName: "Fernleaf",
      stage: "interviewing",
    });
    const interview = {
      applicationId,
      kind: "hiring_manager",
      timeZone: "UTC",
      durationMinutes: 45,
      format: "video",
    };
    const pastId = await created(page, "/api/interviews", {
      ...interview,
      roundName: "Research case",
      startsAtLocal: `${utcDay(-5)}T10:00`,
    });
    const debriefed = await page.evaluate(async (path) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method: "PUT",
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: JSON.stringify({ energy: 3, engagement: 5, feelings: ["excited", "energized"] }),
      });
      return response.status;
    }, `/api/interviews/${pastId}/debrief`);
    expect(debriefed).toBe(201);
    const otherApplication = await created(page, "/api/applications", {
      roleTitle: "Design Researcher",
      companyName: "Oakline",
      stage: "interviewing",
    });
    const nextInterview = await created(page, "/api/interviews", {
      ...interview,
      applicationId: otherApplication,
      roundName: "Portfolio review",
      startsAtLocal: `${utcDay(4)}T10:00`,
    });

    await page.setViewportSize(phone);

    // The application page: moving it to rejected brings a gentle offer, not a detour.
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByRole("heading", { level: 1, name: /User Researcher/ }).waitFor();
    expect(await page.getByText("That's a hard one.").count()).toBe(0);
    await page.getByLabel("Move to stage").selectOption({ label: "Rejected" });
    await page.getByRole("button", { name: "Change stage" }).click();
    await page.getByRole("heading", { name: "That's a hard one." }).waitFor();
    expect(page.url()).toMatch(/\/applications\/[^/]+$/);
    await checkPage(page, "soft-landing-offer");
    await page.setViewportSize(phone);

    // The flow: every step has Skip; the answers are saved as it goes.
    await page.getByRole("link", { name: "Open" }).click();
    await page.waitForURL(`**/applications/${applicationId}/soft-landing`);
    await page.getByRole("heading", { name: "How are you feeling?" }).waitFor();
    expect(await page.getByRole("button", { name: "Back" }).count()).toBe(0);
    await page.getByRole("button", { name: "2 — Low" }).click();
    await page.getByLabel("In a few words (optional)").fill("Flat, a bit sad");
    await page.getByRole("button", { name: "Next" }).click();

    // Write it out: a silent, pausable timer; the text is kept locally and saved privately.
    await page.getByRole("heading", { name: "Write it out" }).waitFor();
    await page.getByRole("button", { name: "10 minutes" }).click();
    expect(await page.getByRole("timer").textContent()).toBe("10:00");
    await page.getByRole("button", { name: "Start the timer" }).click();
    await page
      .getByLabel("Your words (only you see them)")
      .fill("I really wanted this one. The research case was the best part.");
    await expect.poll(() => page.getByRole("timer").textContent(), { timeout: 5000 }).not.toBe("10:00");
    await page.getByRole("button", { name: "Pause" }).click();
    await page.getByRole("button", { name: "Resume" }).waitFor();
    await page.getByRole("button", { name: "Save my writing" }).click();
    await page.getByText("Saved, privately.").waitFor();
    const writing = await getFromPage<{ items: { body: string; minutes: number; applicationId: string }[] }>(
      page,
      "/api/writing-sessions",
    );
    expect(writing.items).toEqual([
      expect.objectContaining({
        body: expect.stringContaining("I really wanted this one"),
        minutes: 10,
        applicationId,
      }),
    ]);
    await checkPage(page, "soft-landing-write");
    await page.setViewportSize(phone);
    await page.getByRole("button", { name: "Skip" }).click();

    // Ask for feedback: skipped. What it taught me: this application's debrief as a prompt.
    await page.getByRole("heading", { name: "Ask for feedback" }).waitFor();
    expect(await page.getByRole("link", { name: "Write a feedback request" }).getAttribute("href")).toBe(
      `/applications/${applicationId}/compose?kind=feedback_request`,
    );
    await page.getByRole("button", { name: "Skip" }).click();
    await page.getByRole("heading", { name: "What did this teach you about what you want?" }).waitFor();
    const prompts = await page.locator(".soft-debriefs").textContent();
    expect(prompts).toContain("Research case");
    expect(prompts).toContain("energy +3 Buzzing");
    expect(prompts).toContain("excited");
    await page.getByRole("button", { name: "Back" }).click();
    await page.getByRole("heading", { name: "Ask for feedback" }).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("What this process taught me about what I want").fill("Research work energizes me.");
    await checkPage(page, "soft-landing-learned");
    await page.setViewportSize(phone);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("heading", { name: "Be kind to yourself" }).waitFor();
    expect(await page.locator("main a[href='#'], main a:not([href])").count()).toBe(0);
    await page.getByRole("button", { name: "Skip" }).click();

    // One thing for myself, as an if-then plan.
    await page.getByRole("heading", { name: "One thing for yourself this week" }).waitFor();
    await page
      .getByLabel("My plan (optional)")
      .fill("When I finish lunch on Wednesday, I will go for a walk in the park.");
    await checkPage(page, "soft-landing-plan");
    await page.setViewportSize(phone);
    await page.getByRole("button", { name: "Save my plan" }).click();
    await page.getByRole("heading", { name: "Well done for taking this time" }).waitFor();
    const saved = await getFromPage<Record<string, unknown>>(page, `/api/applications/${applicationId}/soft-landing`);
    expect(saved).toMatchObject({
      feeling: 2,
      feelingWords: "Flat, a bit sad",
      whatILearned: "Research work energizes me.",
      planForMe: "When I finish lunch on Wednesday, I will go for a walk in the park.",
      completedAt: expect.any(String),
    });

    // Back on the application: no more offer, but the soft landing is still reachable.
    await page.getByRole("link", { name: "Back to the application" }).click();
    await page.getByRole("link", { name: /soft landing/ }).waitFor();
    expect(await page.getByText("That's a hard one.").count()).toBe(0);

    // Another rejection: "Not now" sets the offer aside; it can be reopened from the application.
    const stage = await postFromPage(page, `/api/applications/${otherApplication}/stage`, { stage: "rejected" });
    expect(stage.status).toBeLessThan(300);
    await page.goto(`${server.url}/applications/${otherApplication}`);
    await page.getByRole("heading", { name: "That's a hard one." }).waitFor();
    await page.getByRole("button", { name: "Not now" }).click();
    await page.getByRole("link", { name: /soft landing/ }).waitFor();
    expect(await page.getByText("That's a hard one.").count()).toBe(0);
    await page.reload();
    await page.getByRole("link", { name: /soft landing/ }).click();
    await page.getByRole("heading", { name: "How are you feeling?" }).waitFor();
    await page.getByRole("button", { name: "Set this aside for now" }).click();
    await page.waitForURL(`**/applications/${otherApplication}`);

    // The growth plan: add an action item by hand; mark another done where it paid off.
    const feedbackEntryId = await created(page, "/api/feedback/entries", {
      applicationId,
      source: "call",
      fromName: "Priya",
    });
    const split = await page.evaluate(async (path) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method: "PUT",
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: JSON.stringify({ items: [{ text: "Show the impact with numbers" }] }),
      });
      return response.status;
    }, `/api/feedback/entries/${feedbackEntryId}/items`);
    expect(split).toBe(200);
    // (On a phone the main navigation is behind a menu; the link is there all the same.)
    expect(await page.locator("a[href='/growth']").count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/growth`);
    await page.getByRole("heading", { level: 1, name: "Growth plan" }).waitFor();
    // From a feedback item (the feedback log): the title starts from its words, and links back.
    await page
      .getByLabel("From feedback (optional)")
      .selectOption({ label: "Show the impact with numbers (Fernleaf)" });
    expect(await page.getByLabel("What I want to work on").inputValue()).toBe("Show the impact with numbers");
    await page.getByRole("button", { name: "Add to my plan" }).click();
    const fromFeedback = page.locator(".action-item", { hasText: "From feedback: “Show the impact with numbers”" });
    await fromFeedback.waitFor();
    expect(await fromFeedback.getByRole("link", { name: /see where it came from/ }).getAttribute("href")).toBe(
      `/feedback/${feedbackEntryId}`,
    );
    await page.getByLabel("What I want to work on").fill("Quantify the impact in my stories");
    await page.getByRole("button", { name: "Add to my plan" }).click();
    await page.locator(".action-item", { hasText: "Quantify the impact in my stories" }).waitFor();
    await page.getByLabel("What I want to work on").fill("Rehearse the research case out loud");
    await page.getByRole("button", { name: "Add to my plan" }).click();
    await page.getByLabel("Status of Rehearse the research case out loud").selectOption("done");
    await page
      .getByLabel("Well done! Where did it pay off? (optional)")
      .selectOption({ label: "User Researcher at Fernleaf" });
    await page.getByRole("button", { name: "Mark done" }).click();
    await page.getByRole("link", { name: "User Researcher at Fernleaf" }).waitFor();
    await checkPage(page, "growth-plan");
    await page.setViewportSize(phone);
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByRole("heading", { name: "Wins here" }).waitFor();
    await page.locator(".soft-wins", { hasText: "Rehearse the research case out loud" }).waitFor();

    // The next interview's prep suggests the open item as a learning goal.
    await page.goto(`${server.url}/interviews/${nextInterview}`);
    await page.getByRole("heading", { level: 1, name: "Portfolio review" }).waitFor();
    const suggestion = page.getByRole("button", {
      name: "Use as learning goal: Practise: Quantify the impact in my stories",
    });
    await suggestion.waitFor();
    expect(await page.getByText("Rehearse the research case out loud").count()).toBe(0);
    await checkPage(page, "prep-learning-goal-suggestion");
    await suggestion.click();
    await expect
      .poll(
        async () =>
          (await getFromPage<{ prep: { learningGoal: string } }>(page, `/api/interviews/${nextInterview}`)).prep
            .learningGoal,
        {
          timeout: 10_000,
        },
      )
      .toBe("Practise: Quantify the impact in my stories");

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
