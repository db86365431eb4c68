import { describe, expect, it } from "vitest";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

const phone = { width: 375, height: 812 };

describe("daily check-in and balance in Chromium", () => {
  const session = browserSessionForSuite();

  it("checks in with two taps on a phone, logs an activity, and shows the week", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "checkin-balance-failure");
    await signUpAndOnboard(page, server, { name: "Mara", roleFamilies: ["User research"] });
    const activity = await postFromPage(page, "/api/activities", { name: "Running" });
    expect(activity.status).toBe(201);
    await postFromPage(page, "/api/activities", { name: "Time with my dog" });

    await page.setViewportSize(phone);
    await page.goto(`${server.url}/journal/check-in`);
    await page.getByRole("heading", { level: 1, name: "Daily check-in" }).waitFor();
    // Two taps: a square of the grid (a labelled radio), then Save.
    const excited = page.getByRole("radio", { name: "Excited — pleasant, very high energy" });
    await page.locator("label.mood-cell").filter({ has: excited }).click();
    expect(await excited.isChecked()).toBe(true);
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("status").filter({ hasText: "Saved: Excited" }).waitFor();
    await page.getByRole("heading", { name: "The last two weeks" }).waitFor();
    await page
      .getByText(/Needs 3 days each side/)
      .first()
      .waitFor();
    await checkPage(page, "journal-check-in");

    await page.setViewportSize(phone);
    await page.goto(`${server.url}/journal/balance`);
    await page.getByRole("heading", { level: 1, name: "Balance" }).waitFor();
    // Two taps: the activity, then Log it.
    await page.getByRole("button", { name: "Running", exact: true }).click();
    await page.getByRole("button", { name: "Log it" }).click();
    await page.getByRole("status").filter({ hasText: "Logged: Running." }).waitFor();

    // With minutes and a feeling.
    await page.getByRole("button", { name: "Time with my dog", exact: true }).click();
    await page.getByText("Add minutes or how it felt (optional)").click();
    await page.getByLabel("Minutes", { exact: true }).fill("40");
    await page.getByRole("checkbox", { name: "capable" }).check();
    await page.getByRole("button", { name: "Log it" }).click();
    await page.getByRole("status").filter({ hasText: "Logged: Time with my dog." }).waitFor();

    await page.getByText("Everything else: 40 min").waitFor();
    await page.getByRole("listitem").filter({ hasText: "Time with my dog (1×)" }).waitFor();
    await checkPage(page, "journal-balance");

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
