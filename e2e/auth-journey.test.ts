import { describe, expect, it } from "vitest";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage } from "./support/check-page.ts";
import { e2ePassword, emailOf, signUpAndOnboard } from "./support/sign-up.ts";

describe("account journey in Chromium", () => {
  const session = browserSessionForSuite();

  it("signs up, onboards, signs out, signs in, and explains a wrong password", async () => {
    const { page, server, cspViolations } = session();
    const maya = { name: "Maya", roleFamilies: ["User research"] };
    await signUpAndOnboard(page, server, { ...maya, checkPages: true });
    expect(await page.textContent("main")).toContain("Maya");
    await checkPage(page, "today");

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
      await checkPage(page, name as string);
    }

    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in**");
    await checkPage(page, "sign-in");

    await page.getByLabel("Email").fill(emailOf(maya));
    await page.getByLabel("Password").fill("not my password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "incorrect" }).textContent()).resolves.toContain(
      "The email or password is incorrect.",
    );

    await page.getByLabel("Password").fill(e2ePassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Today", exact: true }).waitFor();

    expect(cspViolations).toEqual([]);
  });
});
