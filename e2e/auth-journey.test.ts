import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2eServer, startE2eServer } from "./support/app-server.ts";
import { seriousAccessibilityViolations } from "./support/axe.ts";
import { launchChromium } from "./support/chromium.ts";

const shots = join(import.meta.dirname, "screenshots");

/** Screenshots at desktop and phone width, and an axe scan that must find nothing serious. */
async function inspect(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  for (const [label, width] of [
    ["desktop", 1280],
    ["phone", 375],
  ] as const) {
    await page.setViewportSize({ width, height: 860 });
    await page.screenshot({ path: join(shots, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
  const violations = await seriousAccessibilityViolations(page);
  expect(violations.map((violation) => `${name}: ${violation.id} ${violation.help}`)).toEqual([]);
}

describe("account journey in Chromium", () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("signs up, onboards, signs out, signs in, and explains a wrong password", async () => {
    await page.goto(`${server.url}/register`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Create your account");
    await inspect(page, "register");
    await page.getByLabel("Email").fill("maya@example.test");
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL("**/welcome");
    await inspect(page, "welcome");
    await page.getByLabel("Your name").fill("Maya");
    await page.getByRole("checkbox", { name: "User research" }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    await page.getByRole("heading", { name: "Today" }).waitFor();
    expect(await page.textContent("main")).toContain("Maya");
    await inspect(page, "today");

    for (const [path, name] of [
      ["/settings", "settings-profile"],
      ["/settings/password", "settings-password"],
      ["/settings/sessions", "settings-sessions"],
      ["/settings/tokens", "settings-tokens"],
      ["/settings/server", "settings-server"],
      ["/no-such-page", "not-found"],
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await inspect(page, name as string);
    }

    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in**");
    await inspect(page, "sign-in");

    await page.getByLabel("Email").fill("maya@example.test");
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "incorrect" }).textContent()).resolves.toContain(
      "The email or password is incorrect.",
    );

    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Today" }).waitFor();

    expect(cspViolations).toEqual([]);
  });
});
