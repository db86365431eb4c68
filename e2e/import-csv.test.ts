import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

const fixtures = join(import.meta.dirname, "..", "server", "src", "features", "imports", "fixtures");

describe("CSV import in Chromium", () => {
  const session = browserSessionForSuite();
  const dialogs: string[] = [];

  beforeAll(() => {
    // A script smuggled in through the file would show up as an alert.
    session().page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  it("imports a Huntr board export through the page and shows the summary", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "import-failure");
    await signUpAndOnboard(page, server, { name: "Noor", roleFamilies: ["User research"] });

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Applications" }).click();
    await page.getByRole("link", { name: "Import or export" }).click();
    await page.getByRole("heading", { level: 1, name: "Import and export" }).waitFor();
    await page.getByText("No imports yet.").waitFor();
    await checkPage(page, "import-choose");

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
    await checkPage(page, "import-preview");

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
    await checkPage(page, "import-summary");

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
    const { page, server, pageErrors } = session();
    screenshotOnFailure(page, "import-failure");
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
    await checkPage(page, "import-problems");

    await page.getByLabel("Import the rows that are fine and list the others").check();
    await page.getByRole("button", { name: "Import 1 row" }).click();
    await page.getByRole("heading", { name: "Import finished" }).waitFor();
    expect(await page.locator(".import-summary").textContent()).toContain("Line 3, column “Excitement”");
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
