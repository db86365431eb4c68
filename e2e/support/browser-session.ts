import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type E2eServer, startE2eServer } from "./app-server.ts";
import { desktopViewport } from "./check-page.ts";
import { launchChromium } from "./chromium.ts";

export interface BrowserSession {
  server: E2eServer;
  browser: Browser;
  /** One page (tab) at desktop size, shared by the tests of a file. */
  page: Page;
  /** Console messages about the Content Security Policy: a test ends by expecting none. */
  cspViolations: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** A fresh server (empty SQLite database) and Chromium with one page that records CSP reports and page errors. */
export async function startBrowserSession(): Promise<BrowserSession> {
  const server = await startE2eServer();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: desktopViewport });
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    server,
    browser,
    page,
    cspViolations,
    pageErrors,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Call inside a describe block: starts a session before its tests and closes it after them.
 * Returns a getter, because the session exists only once the tests run.
 */
export function browserSessionForSuite(): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error("the browser session has not started (call browserSessionForSuite in a describe)");
    return session;
  };
}
