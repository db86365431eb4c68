import { describe, expect, it } from "vitest";
import { seedHeavySeeker } from "../server/src/demo/demo-seed.ts";
import { bumpPipelineRevision } from "../server/src/features/pipeline/revision.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

describe("insights and the calendar feed in Chromium", () => {
  const session = browserSessionForSuite();

  it("explains the empty insights, then charts a busy search with its numbers beside each chart", async () => {
    const { page, server } = session();
    screenshotOnFailure(page, "insights-failure");
    await signUpAndOnboard(page, server, { name: "Inès", roleFamilies: ["User research"] });

    await page.getByRole("link", { name: "Insights" }).first().click();
    await page.getByRole("navigation", { name: "Insights" }).getByRole("link", { name: "Funnel & pace" }).click();
    await page.waitForURL("**/insights/funnel");
    await page.getByRole("heading", { name: "Your insights will appear here" }).waitFor();
    await checkPage(page, "insights-empty");

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
    await checkPage(page, "insights");

    await page.getByLabel("Period").selectOption("4w");
    await page.waitForURL("**/insights/funnel?period=4w");
    await page.getByRole("heading", { name: "How far applications got" }).waitFor();

    await page.getByLabel("Theme").first().selectOption("dark");
    await page.goto(`${server.url}/insights/funnel`);
    await page.getByRole("heading", { name: "How far applications got" }).waitFor();
    await checkPage(page, "insights-dark");
    await page.getByLabel("Theme").first().selectOption("light");
  });

  it("turns the feed on, shows its link once, replaces it, and turns it off", async () => {
    const { page, server, cspViolations } = session();
    screenshotOnFailure(page, "calendar-failure");
    await page.goto(`${server.url}/settings/calendar`);
    await page.getByRole("heading", { name: "Calendar feed", level: 1 }).waitFor();
    await page.getByText("The feed is off.").waitFor();
    await checkPage(page, "settings-calendar-off");

    await page.getByRole("button", { name: "Turn on the calendar feed" }).click();
    const link = page.getByRole("textbox", { name: "Feed link" });
    // The e2e server listens on a port picked at start, while PUBLIC_URL says port 0.
    const reachable = (url: string) => `${server.url}${new URL(url).pathname}`;
    await link.waitFor();
    const first = await link.inputValue();
    expect(first).toMatch(/\/calendar\/dbfcal_[\w-]+\.ics$/);
    await page.getByText("This link points at this computer").waitFor();
    await checkPage(page, "settings-calendar-link");
    const feed = await fetch(reachable(first));
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    await page.getByRole("button", { name: "Done" }).click();
    await page.getByText("The feed is on.").waitFor();
    await checkPage(page, "settings-calendar-on");

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
