import { describe, expect, it } from "vitest";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

const phone = { width: 375, height: 812 };

describe("strengths, wins and reading list in Chromium", () => {
  const session = browserSessionForSuite();

  it("adds a strength with evidence, a win and a reading item on a phone; Today remembers one", async () => {
    const { page, server, pageErrors } = session();
    screenshotOnFailure(page, "strengths-failure");
    await signUpAndOnboard(page, server, { name: "Robin", roleFamilies: ["User research"] });
    await page.setViewportSize(phone);

    await page.goto(`${server.url}/journal/strengths`);
    await page.getByRole("heading", { level: 1, name: "Strengths and wins" }).waitFor();
    // A win in two taps: type it, add it.
    await page.getByLabel("Add a win").fill("Ran 10 km");
    await page.getByRole("button", { name: "Add win" }).click();
    await page.getByText("Ran 10 km", { exact: true }).waitFor();

    await page.getByLabel("Add a strength").fill("Research synthesis");
    await page.getByRole("button", { name: "Add strength" }).click();
    await page.getByRole("heading", { level: 3, name: "Research synthesis" }).waitFor();
    await page.getByText("Add evidence for Research synthesis").click();
    await page.getByLabel("Kind", { exact: true }).selectOption("feedback_quote");
    await page.getByLabel("What shows it").fill("The diary study was the best case we saw");
    await page.getByRole("button", { name: "Save evidence" }).click();
    await page.getByText("The diary study was the best case we saw", { exact: true }).waitFor();
    await checkPage(page, "strengths-phone");

    // Edit in place: Cancel leaves the win as it was, Save changes it.
    await page.getByRole("button", { name: "Edit win Ran 10 km" }).click();
    const editWin = page.getByRole("form", { name: "Edit win Ran 10 km" });
    await editWin.getByLabel("Win", { exact: true }).fill("Ran 12 km");
    await editWin.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Ran 10 km", { exact: true }).waitFor();
    expect(await page.getByText("Ran 12 km", { exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: "Edit win Ran 10 km" }).click();
    await editWin.getByLabel("Win", { exact: true }).fill("Ran 12 km");
    await editWin.getByLabel("Size").selectOption("large");
    await checkPage(page, "strengths-edit-win");
    await editWin.getByRole("button", { name: "Save win" }).click();
    await page.getByText("Ran 12 km", { exact: true }).waitFor();
    await page.getByText(/· large/).waitFor();

    await page.getByRole("button", { name: "Edit strength Research synthesis" }).click();
    const editStrength = page.getByRole("form", { name: "Edit strength Research synthesis" });
    await editStrength.getByLabel("Strength", { exact: true }).fill("Research synthesis and storytelling");
    await editStrength.getByLabel("What it means for you (optional)").fill("Turning notes into decisions.");
    await editStrength.getByRole("button", { name: "Save strength" }).click();
    await page.getByRole("heading", { level: 3, name: "Research synthesis and storytelling" }).waitFor();
    await page.getByText("Turning notes into decisions.").waitFor();
    // The evidence stays with the renamed strength.
    await page.getByText("The diary study was the best case we saw", { exact: true }).waitFor();

    // A javascript: link is refused by the API, and nothing is stored.
    const hostile = await postFromPage(page, "/api/reading", { title: "Bad", url: "javascript:alert(1)" });
    expect(hostile.status).toBe(400);

    await page.goto(`${server.url}/journal/reading`);
    await page.getByRole("heading", { level: 1, name: "Reading list" }).waitFor();
    await page.getByLabel("Title", { exact: true }).fill("Looking after yourself during a job search");
    await page.getByLabel("Link", { exact: true }).fill("https://example.org/self-care");
    await page.getByLabel("Source (optional)").fill("Example Magazine");
    await page.getByLabel("Why it helped (optional)").fill("Rest is part of the search.");
    await page.getByLabel("Self-care", { exact: true }).check();
    await page.getByRole("button", { name: "Add to my list" }).click();
    const link = page.getByRole("link", { name: "Looking after yourself during a job search" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toBe("https://example.org/self-care");
    await page.getByRole("button", { name: "Mark read Looking after yourself during a job search" }).click();
    await page.getByRole("button", { name: "Mark unread Looking after yourself during a job search" }).waitFor();
    await page.getByLabel("Show", { exact: true }).selectOption("unread");
    await page.getByText("Nothing here yet.").waitFor();
    await checkPage(page, "reading-phone");

    // The Remember card shows on even local days: pin the browser's clock to one.
    await page.clock.setFixedTime(new Date("2026-11-27T12:00:00"));
    await page.goto(`${server.url}/`);
    await page.getByRole("heading", { name: "Remember" }).waitFor();
    await checkPage(page, "today-remember");
    await page.getByRole("button", { name: "Hide for today" }).click();
    expect(await page.getByRole("heading", { name: "Remember" }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
