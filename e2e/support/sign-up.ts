import type { Page } from "playwright-core";
import type { E2eServer } from "./app-server.ts";
import { checkPage } from "./check-page.ts";

/** The password every browser test signs up with. */
export const e2ePassword = "correct horse battery staple";

export interface NewPerson {
  /** The name given on the welcome page, e.g. "Inès". */
  name: string;
  /** The role families ticked on the welcome page, by label. */
  roleFamilies: string[];
  /** Defaults to the name in plain lower-case letters at example.test ("Inès" → ines@example.test). */
  email?: string;
  /** Run checkPage on the register ("register") and welcome ("welcome") pages on the way. */
  checkPages?: boolean;
}

/** The email a test person signs up with, unless the test names one. */
export function emailOf(person: Pick<NewPerson, "name" | "email">): string {
  if (person.email) return person.email;
  const plain = person.name
    .normalize("NFD")
    .replace(/[^a-zA-Z]/g, "")
    .toLowerCase();
  return `${plain}@example.test`;
}

/** Creates an account through the register page and onboards, ending on Today. */
export async function signUpAndOnboard(page: Page, server: E2eServer, person: NewPerson): Promise<void> {
  await page.goto(`${server.url}/register`);
  await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
  if (person.checkPages) await checkPage(page, "register");
  await page.getByLabel("Email").fill(emailOf(person));
  await page.getByLabel("Password").fill(e2ePassword);
  await page.getByRole("button", { name: "Create account" }).click();

  await page.waitForURL("**/welcome");
  if (person.checkPages) await checkPage(page, "welcome");
  await page.getByLabel("Your name").fill(person.name);
  for (const family of person.roleFamilies) await page.getByRole("checkbox", { name: family }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("heading", { name: "Today", exact: true }).waitFor();
}

/** Signs in through the sign-in page as an existing account (a seeded demo, say), from a clean session. */
export async function signInAs(page: Page, server: E2eServer, account: { email: string; password: string }) {
  await page.context().clearCookies();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}
