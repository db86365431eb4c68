import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpAnswer, type SmtpTestServer, startSmtpTestServer } from "../server/src/testing/smtp-test-server.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { emailOf, signUpAndOnboard } from "./support/sign-up.ts";

/** The first test email arrives; the second is taken and the connection dropped (ambiguous); the retry arrives. */
const answers: SmtpAnswer[] = ["accept", "drop", "accept"];

describe("email settings in Chromium", () => {
  const session = browserSessionForSuite();
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer({ answer: (_mail, index) => answers[index] ?? "accept" });
  });
  afterAll(async () => smtp.close());

  it("saves the account, sends a test email that arrives, and retries one that may have been sent", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "settings-email-failure");
    const person = { name: "Maya", roleFamilies: ["User research"] };
    await signUpAndOnboard(page, server, person);

    await page.goto(`${server.url}/settings`);
    await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Email" }).click();
    await page.waitForURL("**/settings/email");
    await page.getByRole("heading", { name: "Email", level: 1 }).waitFor();
    await page.getByText("Nothing has been sent yet.").waitFor();
    await checkPage(page, "settings-email-empty");

    // A bad port is named next to its field, and nothing is saved.
    await page.getByLabel("Outgoing (SMTP) server").fill(smtp.host);
    await page.getByRole("radio", { name: "None" }).check();
    await page.getByLabel("Port").fill("99999");
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByText("Port must be a port number (1-65535).").waitFor();

    await page.getByLabel("Port").fill(String(smtp.port));
    await page.getByLabel("Sign-in name").fill(smtp.username);
    await page.getByLabel("Password", { exact: true }).fill(smtp.password);
    await page.getByRole("button", { name: "Save account" }).click();
    await page.getByText("Saved. Send yourself a test email to check it works.").waitFor();
    await page.getByText("A password is saved (it is never shown).").waitFor();
    expect(await page.getByLabel("Password", { exact: true }).inputValue()).toBe("");
    await checkPage(page, "settings-email-saved");

    await page.getByRole("button", { name: "Send test email" }).click();
    await page.getByText(/^Sent .*Look for it in the inbox of/).waitFor();
    expect(smtp.received).toHaveLength(1);
    const arrived = smtp.received[0];
    expect(arrived?.subject).toBe("Debrief test email");
    expect(arrived?.to).toEqual([emailOf(person)]);
    expect(arrived?.from).toContain("Maya");
    expect(arrived?.text).toContain(`as ${emailOf(person)}`);
    expect(arrived?.messageId).toMatch(/^<[0-9a-f-]{36}@127\.0\.0\.1>$/);
    const outbox = page.getByRole("list").filter({ hasText: "Debrief test email" });
    await outbox.getByText("Sent", { exact: true }).waitFor();

    // The server takes the second one and drops the line before answering: it may have been sent.
    await page.getByRole("button", { name: "Send test email" }).click();
    await page.getByText(/^Not confirmed\. .*may have been sent — check your Sent folder/).waitFor();
    await outbox.getByText("Failed", { exact: true }).waitFor();
    await checkPage(page, "settings-email-failed");
    expect(smtp.received).toHaveLength(2);

    await outbox.getByRole("button", { name: /^Retry/ }).click();
    const dialog = page.getByRole("dialog", { name: "Send it again?" });
    await dialog.getByText("may already have arrived").waitFor();
    await checkPage(page, "settings-email-retry-dialog");
    await dialog.getByRole("button", { name: "Send again" }).click();
    await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(3);
    await expect.poll(() => outbox.getByText("Sent", { exact: true }).count(), { timeout: 10_000 }).toBe(2);
    // The retry carried the same Message-ID as the message it repeats.
    expect(smtp.received[2]?.messageId).toBe(smtp.received[1]?.messageId);
    expect(smtp.received[2]?.messageId).not.toBe(smtp.received[0]?.messageId);
    await checkPage(page, "settings-email-outbox");

    // After a reload the form shows the saved account, never its password.
    await page.reload();
    await page.getByText("A password is saved (it is never shown).").waitFor();
    expect(await page.getByLabel("Outgoing (SMTP) server").inputValue()).toBe(smtp.host);
    expect(await page.content()).not.toContain(smtp.password);

    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
