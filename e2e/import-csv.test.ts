import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type E2eServer, startE2eServer } from "./support/app-server.ts";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/chromium.ts";

const shots = join(import.meta.dirname, "screenshots");
const fixtures = join(import.meta.dirname, "..", "server", "src", "features", "imports", "fixtures");

/** Screenshots at desktop and phone width, each with an axe scan that must find nothing serious. */
async function inspect(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  for (const [label, width] of [
    ["desktop", 1280],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 860 });
    await page.screenshot({ path: join(shots, `import-${name}-${label}.png`), fullPage: true });
    const violations = await seriousAccessibilityViolations(page);
    expect(violations.map((violation) => `${name} (${label}): ${violation.id} ${violation.help}`)).toEqual([]);
    // Nothing may force the page wider than a phone; wide tables scroll inside their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} (${label}) scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe("CSV import in Chromium", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // A script smuggled in through the file would show up as an alert.
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === "fail") {
      await page?.screenshot({ path: join(shots, "import-failure.png"), fullPage: true }).catch(() => {});
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("imports a Huntr board export through the page and shows the summary", async () => {
    await page.goto(`${server.url}/register`);
    await page.getByLabel("Email").fill("noor@example.test");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/welcome");
    await page.getByLabel("Your name").fill("Noor");
    await page.getByRole("checkbox", { name: "User research" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Today" }).waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Applications" }).click();
    await page.getByRole("link", { name: "Import or export" }).click();
    await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
    await page.getByText("No imports yet.").waitFor();
    await inspect(page, "choose");

    // Asking for a preview without a file explains what is missing.
    await page.getByRole("button", { name: "Preview the import" }).click();
    await expect(page.getByText("Choose a CSV file first.").textContent()).resolves.toContain("Choose a CSV file");

    await page.getByLabel("CSV file", { exact: true }).setInputFiles(join(fixtures, "huntr-board.csv"));
    await page.getByRole("button", { name: "Preview the import" }).click();
    await page.getByRole("heading", { name: "Check “huntr-board.csv”" }).waitFor();
    expect(await page.locator(".callout").textContent()).toContain("Huntr board export");
    expect(await page.getByLabel("listName", { exact: true }).inputValue()).toBe("stage");
    const table = page.getByRole("table");
    expect(await table.textContent()).toContain("Lumen Labs");
    // The HTML description arrives as text: no markup, no script.
    expect(await table.textContent()).not.toContain("<p>");
    await inspect(page, "preview");

    // Changing a column updates the preview from the server.
    await page.getByLabel("location", { exact: true }).selectOption({ label: "Notes" });
    await expect.poll(async () => (await table.textContent()) ?? "", { timeout: 10_000 }).toContain("location: Berlin");
    await page.getByLabel("location", { exact: true }).selectOption({ label: "Location" });
    await expect.poll(async () => (await table.textContent()) ?? "", { timeout: 10_000 }).not.toContain("location:");

    await page.getByRole("button", { name: "Import 5 rows" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Imported" }).textContent()).toBe(
      "Imported 5 new applications.",
    );
    await inspect(page, "summary");

    // The applications are really there, through the API with the page's own session.
    const titles = await page.evaluate(async () => {
      const response = await fetch("/api/export/applications?format=json");
      const body = (await response.json()) as { applications: { roleTitle: string; stage: string }[] };
      return body.applications.map((app) => `${app.roleTitle}: ${app.stage}`).sort();
    });
    expect(titles).toEqual([
      "Design Researcher: offer",
      "Product Designer: applied",
      "Research Lead: rejected",
      "Senior UX Researcher: interviewing",
      "UX Researcher: wishlist",
    ]);

    // Importing the same file again finds the duplicates and says so, line by line.
    await page.getByRole("button", { name: "Import another file" }).click();
    await page.getByLabel("CSV file", { exact: true }).setInputFiles(join(fixtures, "huntr-board.csv"));
    await page.getByRole("button", { name: "Preview the import" }).click();
    await page.getByRole("heading", { name: "Check “huntr-board.csv”" }).waitFor();
    expect(await page.locator(".callout").textContent()).toContain("5 rows, of which 5 match applications");
    await page.getByRole("button", { name: "Import 5 rows" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    await page.getByText("5 rows were a duplicate").click();
    expect(await page.locator(".import-duplicates").textContent()).toContain("Line 2: skipped");

    // The history lists both uploads.
    await expect.poll(async () => page.locator(".item-list .item").count(), { timeout: 10_000 }).toBe(2);

    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it("shows line-numbered problems and imports nothing until they are fixed", async () => {
    await page.goto(`${server.url}/import`);
    await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
    await page.getByLabel("CSV file", { exact: true }).setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "Title,Company,Status,Excitement,Link\nResearcher,Good Co,applied,4,\nAnalyst,Too Excited Co,applied,7,\nHacker,Sneaky Co,applied,,javascript:alert(1)\n",
      ),
    });
    await page.getByRole("button", { name: "Preview the import" }).click();
    await page.getByRole("heading", { name: "Check “bad.csv”" }).waitFor();
    const problems = page.locator(".import-preview-problems");
    expect(await problems.textContent()).toContain("Line 3, column “Excitement”: must be from 1 to 5.");
    expect(await problems.textContent()).toContain("Line 4, column “Link”: must be a web address");

    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await page.getByRole("heading", { name: "Nothing was imported yet" }).waitFor();
    await inspect(page, "problems");

    await page.getByLabel("Import the rows that are fine and list the others").check();
    await page.getByRole("button", { name: "Import 1 row" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    expect(await page.locator(".import-summary").textContent()).toContain("Line 3, column “Excitement”");
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
