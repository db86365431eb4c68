import { describe, expect, it } from "vitest";
import { seedDemoAccount } from "../server/src/demo/demo-seed.ts";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signInAs, signUpAndOnboard } from "./support/sign-up.ts";

const phone = { width: 375, height: 812 };
const demo = { email: "maya-today@example.test", password: "a demo password for e2e" };

describe("Today: the check-in and the week's balance in Chromium", () => {
  const session = browserSessionForSuite();

  it("checks in with two taps on a phone, then shows one calm line, the week's balance and its note", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "today-failure");
    await signUpAndOnboard(page, server, { name: "Ines", roleFamilies: ["User research"] });
    await page.setViewportSize(phone);

    await page.getByRole("heading", { name: "How are you feeling?" }).waitFor();
    await page.getByText("Nothing counted yet this week.").waitFor();
    await checkPage(page, "today-empty");

    // Two taps: a square, then Save.
    await page.setViewportSize(phone);
    const content = page.getByRole("radio", { name: "Content — pleasant, medium energy" });
    await page.locator("label.mood-cell").filter({ has: content }).click();
    await page.getByRole("button", { name: "Save: Content" }).click();
    await page.getByText("Today:").filter({ hasText: "Content" }).waitFor();
    expect(await page.getByRole("heading", { name: "How are you feeling?" }).count()).toBe(0);

    // A week that was nearly all job search: 10 h by hand against a 30-minute run.
    const day = await page.evaluate(() => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    });
    const running = await postFromPage(page, "/api/activities", { name: "Running" });
    const activityId = (running.body as { id: string }).id;
    await postFromPage(page, "/api/activity-logs", { activityId, day, minutes: 30, feelings: ["capable"] });
    await postFromPage(page, "/api/job-search-time", { day, minutes: 600 });
    await page.reload();
    await page.getByText("Job search 10 h · everything else 30 min").waitFor();
    await page.getByText("What made you feel capable:").filter({ hasText: "Running" }).waitFor();
    await page.getByText("This week was mostly job search.").waitFor();
    await checkPage(page, "today-balance");

    await page.getByRole("button", { name: "Hide for this week" }).click();
    // The note goes once the server has kept the choice.
    await page.getByText("This week was mostly job search.").waitFor({ state: "detached" });
    await page.reload();
    await page.getByText("Job search 10 h · everything else 30 min").waitFor();
    expect(await page.getByText("This week was mostly job search.").count()).toBe(0);

    // Change it: the grid comes back with today's square chosen.
    await page.getByRole("button", { name: "Change today's check-in" }).click();
    expect(await page.getByRole("radio", { name: "Content — pleasant, medium energy" }).isChecked()).toBe(true);
    const calm = page.getByRole("radio", { name: "Calm — pleasant, very low energy" });
    await page.locator("label.mood-cell").filter({ has: calm }).click();
    await page.getByRole("button", { name: "Save: Calm" }).click();
    await page.getByText("Today:").filter({ hasText: "Calm" }).waitFor();
    await page.getByRole("link", { name: "Your week's balance" }).click();
    await page.getByRole("heading", { level: 1, name: "Balance" }).waitFor();

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows the demo's Today: the check-in, what's coming up, and a week with time of her own", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "today-demo-failure");
    await seedDemoAccount(server.server.services, demo);
    await signInAs(page, server, demo);

    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    await page.getByRole("heading", { name: "How are you feeling?" }).waitFor();
    await page.getByRole("heading", { name: "Coming up" }).waitFor();
    await page.getByRole("heading", { name: "This week" }).waitFor();
    await checkPage(page, "today-demo");

    // The demo's month of check-ins gives the check-in page comparisons to show.
    await page.goto(`${server.url}/journal/check-in`);
    await page.getByRole("heading", { name: "With and without" }).waitFor();
    await page
      .getByText(/With: mood/)
      .first()
      .waitFor();
    await checkPage(page, "today-demo-check-in");

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
