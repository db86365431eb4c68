import { describe, expect, it } from "vitest";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

const phone = { width: 375, height: 812 };

describe("journal: a quick thought record in Chromium", () => {
  const session = browserSessionForSuite();

  it("suggests thinking traps as a thought is typed, keeps the confirmed one, and lists the saved record", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "journal-failure");
    await signUpAndOnboard(page, server, { name: "Mara", roleFamilies: ["User research"] });
    await page.setViewportSize(phone);

    await page.goto(`${server.url}/journal`);
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await checkPage(page, "journal-home");
    await page.getByRole("link", { name: "Thought records" }).click();
    await page.getByRole("heading", { level: 1, name: "Thought records" }).waitFor();

    await page.getByLabel("The thought").fill("I always bomb interviews, no one will ever hire me");
    const confirmOvergeneralization = page.getByRole("button", { name: "Yes, overgeneralization" });
    await confirmOvergeneralization.waitFor();
    await page.getByRole("button", { name: "Yes, fortune telling" }).waitFor();
    await checkPage(page, "journal-thought-suggestions");

    await confirmOvergeneralization.click();
    await page.getByText("You noticed: Overgeneralization").waitFor();
    await page.getByRole("button", { name: "Not this one" }).click();
    expect(await page.getByRole("button", { name: "Yes, fortune telling" }).count()).toBe(0);

    // The draft survives a reload, and the suggestion set aside stays set aside.
    await page.getByLabel("A kinder, truer way to put it").fill("One hard interview is not all of them.");
    await page.waitForTimeout(100);
    const rechecked = page.waitForResponse((response) => response.url().endsWith("/api/journal/spiral-check"));
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Thought records" }).waitFor();
    expect(await page.getByLabel("A kinder, truer way to put it").inputValue()).toBe(
      "One hard interview is not all of them.",
    );
    await rechecked;
    await page.getByText("You noticed: Overgeneralization").waitFor();
    expect(await page.getByRole("button", { name: "Yes, fortune telling" }).count()).toBe(0);

    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved. Only you can see it.").waitFor();
    const list = page.locator(".thought-record-list");
    await list.getByRole("link", { name: "I always bomb interviews, no one will ever hire me" }).waitFor();
    await list.getByText("Traps: Overgeneralization").waitFor();
    await list.getByText("One hard interview is not all of them.").waitFor();
    expect(await page.getByLabel("The thought").inputValue()).toBe("");
    await checkPage(page, "journal-thought-saved");

    // The record keeps what was set aside: reopened, it still does not offer fortune telling.
    const saved = await page.evaluate(async () => (await fetch("/api/thought-records")).json());
    expect(saved.items[0]).toMatchObject({
      thinkingTraps: ["overgeneralization"],
      dismissedTraps: ["fortune_telling"],
    });

    // A saved record opens for editing.
    await list.getByRole("link", { name: "I always bomb interviews, no one will ever hire me" }).click();
    await page.getByRole("heading", { level: 1, name: "Thought record", exact: true }).waitFor();
    await page.getByText("You noticed: Overgeneralization").waitFor();
    await page.getByText("No familiar wording noticed.").waitFor();
    expect(await page.getByRole("button", { name: "Yes, fortune telling" }).count()).toBe(0);
    await page.getByLabel("A kinder, truer way to put it").fill("One hard interview is only one interview.");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved. Only you can see it.").waitFor();
    await checkPage(page, "journal-thought-edit");
    await page.getByRole("link", { name: "Thought records" }).click();
    await page.locator(".thought-record-list").getByText("One hard interview is only one interview.").waitFor();

    // The full record: the seven columns.
    await page.getByRole("button", { name: "Full record" }).click();
    await page.getByLabel("1. Situation").waitFor();
    await page.getByLabel("Mood 1", { exact: true }).fill("anxious");
    await checkPage(page, "journal-thought-full");

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
