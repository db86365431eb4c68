import { createServer } from "node:net";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OidcTestProvider, startOidcTestProvider } from "../server/src/testing/oidc-test-provider.ts";
import { type E2eServer, startE2eServer } from "./support/app-server.ts";
import { checkPage, desktopViewport, screenshotOnFailure } from "./support/check-page.ts";
import { launchChromium } from "./support/chromium.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

/** A port that is free right now: the server must know its address before the provider registers it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Logs in on the test provider's own pages (its development login, then consent). */
async function logInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

describe("signing in with an existing account in Chromium", () => {
  let provider: OidcTestProvider;
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcTestProvider({
      clients: [
        {
          client_id: "debrief-e2e",
          client_secret: "debrief-e2e-secret",
          redirect_uris: [`http://127.0.0.1:${port}/api/auth/oidc/company/callback`],
        },
      ],
      accounts: [
        { sub: "olu-at-company", email: "olu.work@example.test", email_verified: true, name: "Olu" },
        { sub: "nia-at-company", email: "nia@example.test", email_verified: true, name: "Nia Okafor" },
      ],
    });
    server = await startE2eServer({ port });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await provider?.close();
  });

  it("lets the owner add a provider, and a new person sign up through it and see the sign-in", async () => {
    const ownerPage = await browser.newPage({ viewport: desktopViewport });
    screenshotOnFailure(ownerPage, "oidc-owner-failure");
    await signUpAndOnboard(ownerPage, server, { name: "Olu", roleFamilies: ["User research"] });

    // The owner adds the provider on the server settings page.
    await ownerPage.goto(`${server.url}/settings/server`);
    await ownerPage.getByRole("heading", { level: 2, name: "Add a provider" }).waitFor();
    await ownerPage.getByLabel("Provider", { exact: true }).selectOption("oidc");
    await ownerPage.getByLabel("Button name", { exact: true }).fill("Company ID");
    await ownerPage.getByLabel("Short name", { exact: true }).fill("company");
    await ownerPage.getByLabel("Issuer URL", { exact: true }).fill(provider.issuer);
    await ownerPage.getByLabel("Client id", { exact: true }).fill("debrief-e2e");
    await ownerPage.getByLabel("Client secret", { exact: true }).fill("debrief-e2e-secret");
    await ownerPage.getByRole("button", { name: "Add provider" }).click();
    const redirect = ownerPage.getByLabel("Redirect address for Company ID");
    await redirect.waitFor();
    expect(await redirect.inputValue()).toBe(`${server.url}/api/auth/oidc/company/callback`);
    await checkPage(ownerPage, "server-settings-providers");

    // The owner links their own account there, from Settings → Sign-in methods.
    await ownerPage.goto(`${server.url}/settings/sign-in-methods`);
    await ownerPage.getByRole("link", { name: "Link your Company ID account" }).click();
    await logInAtProvider(ownerPage, "olu-at-company");
    await ownerPage.waitForURL("**/settings/sign-in-methods");
    await ownerPage.getByText("olu.work@example.test", { exact: false }).waitFor();
    await checkPage(ownerPage, "sign-in-methods");

    // Someone new: "Continue with Company ID" on the sign-in page.
    const context = await browser.newContext({ viewport: desktopViewport });
    const page = await context.newPage();
    screenshotOnFailure(page, "oidc-new-person-failure");
    await page.goto(`${server.url}/sign-in`);
    const continueWith = page.getByRole("link", { name: "Continue with Company ID" });
    await continueWith.waitFor();
    await checkPage(page, "sign-in-providers");
    await continueWith.click();
    await logInAtProvider(page, "nia-at-company");

    // A new account goes through onboarding like any other.
    await page.waitForURL("**/welcome");
    expect(await page.getByLabel("Your name").inputValue()).toBe("Nia Okafor");
    await page.getByRole("checkbox", { name: "UX design" }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();

    await page.goto(`${server.url}/settings/activity`);
    await page.getByText("Signed in with Company ID").waitFor();
    await page.getByText(/from 127\.0\.0\.1 · Account created/).waitFor();
    await checkPage(page, "activity");
    await context.close();

    // The owner (linked above) turns password sign-in off: the sign-in page shows only the button.
    await ownerPage.goto(`${server.url}/settings/server`);
    await ownerPage.getByRole("button", { name: "Turn off password sign-in" }).click();
    await ownerPage.getByRole("button", { name: "Turn on password sign-in" }).waitFor();
    const signedOut = await browser.newContext({ viewport: desktopViewport });
    const signInPage = await signedOut.newPage();
    await signInPage.goto(`${server.url}/sign-in`);
    await signInPage.getByRole("link", { name: "Continue with Company ID" }).waitFor();
    expect(await signInPage.getByLabel("Password").count()).toBe(0);
    await checkPage(signInPage, "sign-in-providers-only");
    await signedOut.close();
    await ownerPage.getByRole("button", { name: "Turn on password sign-in" }).click();
    await ownerPage.getByRole("button", { name: "Turn off password sign-in" }).waitFor();
  });

  it("explains a refused sign-in on the sign-in page", async () => {
    const context = await browser.newContext({ viewport: desktopViewport });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in?error=link_required`);
    await page.getByRole("alert").filter({ hasText: "sign in with your password" }).first().waitFor();
    await context.close();
  });
});
