import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Flags for a closed network: no background calls home, no sandbox (we run as root in CI). */
const launchArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/**
 * Chromium from the system (/usr/bin/chromium) when installed, otherwise the binary shipped
 * inside the @sparticuz/chromium npm package (unpacked to /tmp on first use).
 */
export async function chromiumExecutable(): Promise<string> {
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const { default: packaged } = await import("@sparticuz/chromium");
  return packaged.executablePath();
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), args: launchArgs, headless: true });
}
