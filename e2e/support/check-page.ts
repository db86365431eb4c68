import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, onTestFailed } from "vitest";
import { seriousAccessibilityViolations } from "./axe.ts";

/** Where the browser tests leave their screenshots (gitignored). */
export const screenshotDir = join(import.meta.dirname, "..", "screenshots");

const widths = [
  ["desktop", 1280],
  ["phone", 375],
] as const;

/** The viewport every browser test works in between checks. */
export const desktopViewport = { width: 1280, height: 860 };

/**
 * What every page must pass, at desktop (1280 px) and phone (375 px) width: a screenshot
 * (screenshots/<name>-desktop.png and -phone.png, to look at), nothing that makes the page
 * scroll sideways, and an axe-core scan without serious or critical violations. The viewport is
 * back at desktop size afterwards.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const [label, width] of widths) {
    await page.setViewportSize({ width, height: desktopViewport.height });
    // Let layouts that measure themselves (charts, virtualized columns, table/card switch) settle.
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(screenshotDir, `${name}-${label}.png`), fullPage: true });
    // Wide content (tables, boards) must scroll inside its own box, never the whole page.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations.map((violation) => `${name} (${label}): ${violation.id} ${violation.help}`)).toEqual([]);
  }
  await page.setViewportSize(desktopViewport);
}

/** Call inside a test: if the test fails, screenshots/<name>.png shows where it stopped. */
export function screenshotOnFailure(page: Page, name: string): void {
  onTestFailed(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true }).catch(() => {});
  });
}
