import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { seedHeavySeeker } from "../server/src/demo/demo-seed.ts";
import { bumpPipelineRevision } from "../server/src/features/pipeline/revision.ts";
import { type E2eServer, startE2eServer } from "./support/app-server.ts";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/chromium.ts";

const shots = join(import.meta.dirname, "screenshots");

/** Screenshots at desktop and phone width (nothing sticking out sideways), and a clean axe scan. */
async function inspect(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  for (const [label, width] of [
    ["desktop", 1280],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 860 });
    // Charts size themselves to their box after a resize.
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(shots, `${name}-${label}.png`), fullPage: true });
    if (width === 375) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1280, height: 860 });
  const violations = await seriousAccessibilityViolations(page);
  expect(violations.map((violation) => `${name}: ${violation.id} ${violation.help}`)).toEqual([]);
}

describe("insights and the calendar feed in Chromium", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("explains the empty insights, then charts a busy search with its numbers beside each chart", async () => {
    onTestFailed(async () => {
      await page.screenshot({ path: join(shots, "insights-failure.png"), fullPage: true }).catch(() => {});
    });
    await page.goto(`${server.url}/register`);
    await page.getByLabel("Email").fill("ines@example.test");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/welcome");
    await page.getByLabel("Your name").fill("Inès");
    await page.getByRole("checkbox", { name: "User research" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: "Today" }).waitFor();

    await page.getByRole("link", { name: "Insights" }).first().click();
    await page.getByRole("heading", { name: "Your insights will appear here" }).waitFor();
    await inspect(page, "insights-empty");

    const userId = await page.evaluate(
      async () => ((await (await fetch("/api/me")).json()) as { user: { id: string } }).user.id,
    );
    await seedHeavySeeker(server.server.db, userId, { applications: 200 });
    // The seed writes rows directly; a write through the app would bump the revision like this.
    await bumpPipelineRevision(server.server.db.kysely, userId);
    await page.reload();
    await page.getByRole("heading", { name: "How far applications got" }).waitFor();
    const funnel = page.getByRole("table", { name: "Applications that reached each stage" });
    await expect(funnel.getByRole("row", { name: /^Wishlist 200/ }).count()).resolves.toBe(1);
    await page.getByRole("table", { name: "Response rate by source" }).waitFor();
    await page.getByRole("table", { name: "Applications per week" }).waitFor();
    expect(await page.locator(".insights-chart svg").count()).toBe(5);
    await inspect(page, "insights");

    await page.getByLabel("Period").selectOption("4w");
    await page.waitForURL("**/insights?period=4w");
    await page.getByRole("heading", { name: "How far applications got" }).waitFor();

    await page.getByLabel("Theme").first().selectOption("dark");
    await page.goto(`${server.url}/insights`);
    await page.getByRole("heading", { name: "How far applications got" }).waitFor();
    await inspect(page, "insights-dark");
    await page.getByLabel("Theme").first().selectOption("light");
  });

  it("turns the feed on, shows its link once, replaces it, and turns it off", async () => {
    onTestFailed(async () => {
      await page.screenshot({ path: join(shots, "calendar-failure.png"), fullPage: true }).catch(() => {});
    });
    await page.goto(`${server.url}/settings/calendar`);
    await page.getByRole("heading", { name: "Calendar feed", level: 1 }).waitFor();
    await page.getByText("The feed is off.").waitFor();
    await inspect(page, "settings-calendar-off");

    await page.getByRole("button", { name: "Turn on the calendar feed" }).click();
    const link = page.getByRole("textbox", { name: "Feed link" });
    // The e2e server listens on a port picked at start, while PUBLIC_URL says port 0.
    const reachable = (url: string) => `${server.url}${new URL(url).pathname}`;
    await link.waitFor();
    const first = await link.inputValue();
    expect(first).toMatch(/\/calendar\/dbfcal_[\w-]+\.ics$/);
    await page.getByText("This link points at this computer").waitFor();
    await inspect(page, "settings-calendar-link");
    const feed = await fetch(reachable(first));
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    await page.getByRole("button", { name: "Done" }).click();
    await page.getByText("The feed is on.").waitFor();
    await inspect(page, "settings-calendar-on");

    await page.getByRole("button", { name: "Make a new link" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Make a new link" }).click();
    await link.waitFor();
    const second = await link.inputValue();
    expect(second).not.toBe(first);
    expect((await fetch(reachable(first))).status).toBe(404);
    expect((await fetch(reachable(second))).status).toBe(200);

    await page.getByRole("button", { name: "Done" }).click();
    await page.getByRole("button", { name: "Turn off the feed" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Turn off the feed" }).click();
    await page.getByText("The feed is off.").waitFor();
    expect((await fetch(reachable(second))).status).toBe(404);

    expect(cspViolations).toEqual([]);
  });
});
