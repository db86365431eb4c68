import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

function mainNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Main" });
}

function column(page: Page, stage: string): Locator {
  return page.locator(`section.board-column[data-stage="${stage}"]`);
}

function card(page: Page, stage: string, text: string): Locator {
  return column(page, stage).locator("article.board-card", { hasText: text });
}

/** The application's id, read from the link on its card. */
async function applicationId(cardLocator: Locator): Promise<string> {
  const href = await cardLocator.getByRole("link").first().getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error(`no application link on the card (href ${href})`);
  return id;
}

/** The stage the server has now, asked through the API with the page's own session. */
async function serverStage(page: Page, id: string): Promise<string> {
  return page.evaluate(async (applicationId) => {
    const response = await fetch(`/api/applications/${applicationId}`, { headers: { accept: "application/json" } });
    const body = (await response.json()) as { stage?: string; application?: { stage: string } };
    return body.application?.stage ?? body.stage ?? `HTTP ${response.status}`;
  }, id);
}

/** dnd-kit listens to pointer moves, so the mouse goes down, travels in small steps, and lets go. */
async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error("card or column is not on screen");
  // Grab the card by its company line, away from the link and buttons.
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 5, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + 120, { steps: 15 });
  await page.waitForTimeout(100);
  await page.mouse.up();
}

describe("pipeline board and table in Chromium", () => {
  const session = browserSessionForSuite();

  it("adds with the N shortcut, drags and moves cards, and finds them in the table", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    // What the page looked like when a step failed, next to the other screenshots.
    screenshotOnFailure(page, "pipeline-failure");
    // Sign up and onboard, as a new person would.
    await signUpAndOnboard(page, server, { name: "Rosa", roleFamilies: ["User research"] });

    // Empty board and table say what to do.
    await mainNav(page).getByRole("link", { name: "Board" }).click();
    await page.getByRole("heading", { name: "Your board is empty" }).waitFor();
    await checkPage(page, "pipeline-board-empty");
    // In-app navigation from here on: a full page load would race any rebuild of web/dist.
    await mainNav(page).getByRole("link", { name: "Applications" }).click();
    await page.getByRole("heading", { name: "No applications yet" }).waitFor();
    await checkPage(page, "pipeline-applications-empty");

    // Quick add with the keyboard shortcut, from the board.
    await mainNav(page).getByRole("link", { name: "Board" }).click();
    await page.getByRole("heading", { name: "Your board is empty" }).waitFor();
    await page.locator("body").click({ position: { x: 5, y: 400 } });
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Add application" });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("roleTitle");
    await dialog.getByLabel("Role title").fill("Staff User Researcher");
    await dialog.getByLabel("Company").fill("Fernleaf Health");
    await dialog.getByLabel("Kind of role").selectOption({ label: "User research" });
    await dialog.getByLabel("Job link").fill("https://jobs.example.test/staff-ur");
    await dialog.locator("label.excitement-chip", { hasText: "5" }).click();
    await checkPage(page, "pipeline-quick-add");
    await dialog.getByRole("button", { name: "Add application" }).click();
    const added = page.getByRole("dialog", { name: "Application added" });
    await added.waitFor();
    expect(await added.textContent()).toContain("Staff User Researcher at Fernleaf Health is in Wishlist.");
    await checkPage(page, "pipeline-quick-add-done");
    expect(await added.getByRole("link", { name: "Open application" }).getAttribute("href")).toMatch(
      /^\/applications\/[0-9a-f-]{36}$/,
    );
    await page.keyboard.press("Escape");
    await added.waitFor({ state: "hidden" });

    // A mistake is explained next to its field; the second one comes from the header button.
    await page.getByRole("button", { name: "Add application" }).click();
    await dialog.waitFor();
    await dialog.getByLabel("Job link").fill("ftp://nope");
    await dialog.getByRole("button", { name: "Add application" }).click();
    await dialog.getByText("Role title must not be empty.").waitFor();
    await dialog.getByText("Job link must be a web address starting with http:// or https://.").waitFor();
    await dialog.getByLabel("Role title").fill("Product Designer");
    await dialog.getByLabel("Company").fill("Maple Works");
    await dialog.getByLabel("Job link").fill("");
    await dialog.getByRole("button", { name: "Add application" }).click();
    await page.getByRole("dialog", { name: "Application added" }).waitFor();
    await page.getByRole("button", { name: "Close" }).click();
    await page.locator("dialog[open]").waitFor({ state: "detached" });

    // Both are on the board, in Wishlist, with the counts to match.
    const researcher = card(page, "wishlist", "Staff User Researcher");
    const designer = card(page, "wishlist", "Product Designer");
    await researcher.waitFor();
    await designer.waitFor();
    expect(await column(page, "wishlist").locator(".board-column-count").textContent()).toContain("2");
    expect(await researcher.textContent()).toContain("5/5");
    const researcherId = await applicationId(researcher);
    const designerId = await applicationId(designer);
    await checkPage(page, "pipeline-board");

    // Drag with the mouse from Wishlist to Applied; the server agrees.
    await dragWithMouse(page, researcher.locator(".board-card-company"), column(page, "applied"));
    await card(page, "applied", "Staff User Researcher").waitFor();
    await expect.poll(() => serverStage(page, researcherId)).toBe("applied");
    expect(await column(page, "applied").locator(".board-column-count").textContent()).toContain("1");

    // Keyboard drag: the grip, Space, two steps right, Space → Screening.
    await designer.getByRole("button", { name: /^Drag Product Designer/ }).focus();
    await page.keyboard.press("Space");
    await page.waitForTimeout(150);
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(150);
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(150);
    await page.keyboard.press("Space");
    await card(page, "screening", "Product Designer").waitFor();
    await expect.poll(() => serverStage(page, designerId)).toBe("screening");

    // The explicit path: "Move to…" opens a list of stages, all by keyboard.
    const designerNow = card(page, "screening", "Product Designer");
    await designerNow.getByRole("button", { name: /Move to…/ }).focus();
    await page.keyboard.press("Enter");
    const moveDialog = page.getByRole("dialog", { name: "Move to…" });
    await moveDialog.waitFor();
    await checkPage(page, "pipeline-move-dialog");
    // Focus starts on the next stage (Interviewing).
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Interviewing");
    await page.keyboard.press("Enter");
    await card(page, "interviewing", "Product Designer").waitFor();
    await expect.poll(() => serverStage(page, designerId)).toBe("interviewing");
    // Focus follows the card to its new column.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("section")?.getAttribute("data-stage")))
      .toBe("interviewing");

    // When the server refuses, the card goes back and the board says why.
    await page.route("**/api/applications/*/stage", (route) =>
      route.fulfill({
        status: 409,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "conflict", message: "Simulated refusal." } }),
      }),
    );
    await card(page, "interviewing", "Product Designer")
      .getByRole("button", { name: /Move to…/ })
      .click();
    await moveDialog.getByRole("button", { name: "Offer" }).click();
    await page.getByRole("alert").filter({ hasText: "Couldn't move" }).waitFor();
    expect(await page.getByRole("alert").filter({ hasText: "Couldn't move" }).textContent()).toContain(
      "Couldn't move Product Designer at Maple Works to Offer, so it is back in Interviewing. Simulated refusal.",
    );
    await card(page, "interviewing", "Product Designer").waitFor();
    expect(await card(page, "offer", "Product Designer").count()).toBe(0);
    await page.unroute("**/api/applications/*/stage");
    expect(await serverStage(page, designerId)).toBe("interviewing");

    // Board filters: search narrows the columns.
    await page.getByRole("searchbox", { name: "Search" }).fill("Maple");
    await page.waitForURL(/q=Maple/);
    await card(page, "applied", "Staff User Researcher").waitFor({ state: "detached" });
    await card(page, "interviewing", "Product Designer").waitFor();

    // The table: search finds one and not the other; filters are in the URL.
    await mainNav(page).getByRole("link", { name: "Applications" }).click();
    await page.getByRole("heading", { name: "Applications", level: 1 }).waitFor();
    const table = page.getByRole("table");
    await table.getByRole("link", { name: "Product Designer" }).waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Showing" }).textContent()).toContain(
      "Showing 2 of 2 applications",
    );
    await checkPage(page, "pipeline-applications");

    // Typed key by key: the "n" in the word must not open quick add while typing in a field.
    await page.getByRole("searchbox", { name: "Search" }).pressSequentially("Fernleaf");
    await page.waitForURL(/q=Fernleaf/);
    expect(await page.locator("dialog[open]").count()).toBe(0);
    await table.getByRole("link", { name: "Product Designer" }).waitFor({ state: "detached" });
    await table.getByRole("link", { name: "Staff User Researcher" }).waitFor();
    expect(await table.getByRole("row").count()).toBe(2);
    expect(await table.textContent()).toContain("Applied");

    // Sorting by a column header sets aria-sort; Back undoes it.
    await table.getByRole("button", { name: "Role", exact: true }).click();
    await page.waitForURL(/sort=title/);
    const roleHeader = table.getByRole("columnheader").first();
    await expect.poll(() => roleHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(await table.locator("th[aria-sort]").count()).toBe(1);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("sort=title"));

    // A stage filter that matches nothing gives an empty state with a way out.
    await page.getByRole("checkbox", { name: "Offer" }).check();
    await page.waitForURL(/stage=offer/);
    await page.getByRole("heading", { name: "No applications match" }).waitFor();
    await checkPage(page, "pipeline-applications-no-match");
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    await table.getByRole("link", { name: "Product Designer" }).waitFor();

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
