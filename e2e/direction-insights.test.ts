import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { DirectionInsights } from "../contract/direction.ts";
import { seedDemoAccount } from "../server/src/demo/demo-seed.ts";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

const demo = { email: "maya@example.test", password: "a demo password for e2e" };

describe("direction insights in Chromium", () => {
  const session = browserSessionForSuite();

  it("explains debriefs before there are any, says one is too few, and keeps Insights current on both pages", async () => {
    const { page, server } = session();
    screenshotOnFailure(page, "direction-empty-failure");
    await signUpAndOnboard(page, server, { name: "Noor", roleFamilies: ["User research"] });

    await page.getByRole("link", { name: "Insights" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Direction" }).waitFor();
    await page.getByRole("heading", { name: "No debriefs yet" }).waitFor();
    const tabs = page.getByRole("navigation", { name: "Insights" });
    await expect(tabs.getByRole("link", { name: "Direction" }).getAttribute("aria-current")).resolves.toBe("page");
    const mainInsights = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" });
    await expect(mainInsights.getAttribute("aria-current")).resolves.toBe("page");
    await checkPage(page, "direction-empty");

    await page.getByRole("link", { name: "Today" }).last().click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();

    // One debrief: the page says so, and that patterns need a few more, instead of inventing one.
    const me = await page.evaluate(
      async () =>
        ((await (await fetch("/api/me")).json()) as { user: { roleFamilies: { id: string; name: string }[] } }).user,
    );
    const application = await postFromPage(page, "/api/applications", {
      roleTitle: "User Researcher",
      roleFamilyId: me.roleFamilies.find((family) => family.name === "User research")?.id,
      companyName: "Northwind Health",
      stage: "interviewing",
    });
    expect(application.status, JSON.stringify(application.body)).toBe(201);
    const interview = await postFromPage(page, "/api/interviews", {
      applicationId: (application.body as { id: string }).id,
      roundName: "Hiring manager",
      kind: "hiring_manager",
      format: "video",
      timeZone: "UTC",
      durationMinutes: 45,
      startsAtLocal: `${new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)}T10:00`,
    });
    expect(interview.status, JSON.stringify(interview.body)).toBe(201);
    const saved = await sendFromPage(page, "PUT", `/api/interviews/${(interview.body as { id: string }).id}/debrief`, {
      energy: 2,
      engagement: 4,
      wentWell: 4,
      feelings: ["curious"],
    });
    expect(saved).toBe(201);
    await page.goto(`${server.url}/insights`);
    await page
      .getByText("Nothing stands out yet — 1 debrief so far; patterns show after a few more.", { exact: true })
      .waitFor();
    const table = page.getByRole("table", { name: "Energy by role family" });
    await expect(table.getByRole("row", { name: /^User research / }).textContent()).resolves.toContain(
      "too few to say",
    );
    await page.getByText("The line appears once you have debriefs in two different weeks.").waitFor();
    await checkPage(page, "direction-one-debrief");

    await tabs.getByRole("link", { name: "Funnel & pace" }).click();
    await page.getByRole("heading", { level: 1, name: "Funnel & pace" }).waitFor();
    await expect(tabs.getByRole("link", { name: "Funnel & pace" }).getAttribute("aria-current")).resolves.toBe("page");
    await expect(tabs.getByRole("link", { name: "Direction" }).getAttribute("aria-current")).resolves.toBeNull();
    await expect(mainInsights.getAttribute("aria-current")).resolves.toBe("page");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/sign-in**");
  });

  it("shows the demo's story: user research energizes, the read of an interview, groups with their n", async () => {
    const { page, server, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "direction-failure");
    await seedDemoAccount(server.server.services, demo);
    await page.context().clearCookies();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel("Email").fill(demo.email);
    await page.getByLabel("Password").fill(demo.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }).click();
    await page.getByRole("heading", { name: "What stands out" }).waitFor();
    // The numbers the page should show, straight from the API it reads.
    const insights = await page.evaluate(
      async () => (await (await fetch("/api/insights/direction")).json()) as DirectionInsights,
    );

    const findings = page.getByRole("region", { name: "What stands out" }).getByRole("listitem");
    await findings
      .filter({
        hasText: /user research roles leave you more energized than your average \(\+\d\.\d, \d+ interviews\)/,
      })
      .waitFor();
    expect(await findings.count()).toBe(insights.findings.length);

    expect(insights.calibration.sentence).toBeTruthy();
    await page.getByText(insights.calibration.sentence ?? "").waitFor();
    const calibration = page.getByRole("table", {
      name: "What happened after interviews, by how you thought they went",
    });
    const rated = insights.calibration.rows.reduce((sum, row) => sum + row.total, 0);
    const totals = await calibration.getByRole("row", { name: /^All / }).getByRole("cell").allTextContents();
    expect(totals.reduce((sum, cell) => sum + Number(cell), 0)).toBe(rated);

    // Energy by role family first: every group with its n, small ones "too few to say" in words.
    let table = page.getByRole("table", { name: "Energy by role family" });
    await table.waitFor();
    await expectGroupsShown(insights, "roleFamily", "energy", table);
    await expect(table.getByRole("row", { name: /^User research / }).textContent()).resolves.toMatch(/\+\d\.\d/);
    expect(await page.locator(".insights-chart svg.recharts-surface").count()).toBeGreaterThanOrEqual(2);
    await checkPage(page, "direction");

    await page.getByRole("radio", { name: "Engagement" }).click();
    await page.waitForURL("**/insights?metric=engagement");
    table = page.getByRole("table", { name: "Engagement by role family" });
    await expectGroupsShown(insights, "roleFamily", "engagement", table);

    // A grouping with a small group, so "too few to say" is seen on the page.
    const withSmallGroup = insights.breakdowns.find((breakdown) =>
      breakdown.groups.some((group) => group.energy.tooFew && group.energy.n > 0),
    );
    expect(withSmallGroup, "the demo has a group with too few debriefs").toBeDefined();
    await page.getByRole("radio", { name: "Energy" }).click();
    await page.getByRole("table", { name: "Energy by role family" }).waitFor();
    await page.getByLabel("Group by", { exact: true }).selectOption(withSmallGroup?.dimension ?? "company");
    table = page.getByRole("table", { name: `Energy by ${withSmallGroup?.label.toLowerCase()}` });
    await expectGroupsShown(insights, withSmallGroup?.dimension ?? "company", "energy", table);
    await expect(table.getByText("too few to say").count()).resolves.toBeGreaterThan(0);
    await checkPage(page, "direction-small-groups");

    // The choice survives a reload (it lives in the URL).
    await page.reload();
    await page.getByRole("table", { name: `Energy by ${withSmallGroup?.label.toLowerCase()}` }).waitFor();

    // The week-by-week numbers fold away when there are many weeks.
    const weeks = page.getByRole("table", { name: "Energy and engagement by week" });
    if (!(await weeks.isVisible())) await page.getByText("The numbers, week by week").click();
    expect(await weeks.locator("tbody tr").count()).toBe(insights.trend.length);
    await page.getByText("How these numbers are worked out").click();
    await page.getByText(`as if it also held ${insights.method.priorWeight} debriefs at your average`).waitFor();

    await page.getByLabel("Theme").first().selectOption("dark");
    await checkPage(page, "direction-dark");
    await page.getByLabel("Theme").first().selectOption("light");
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** A JSON write other than POST from the signed-in page, with its CSRF token; answers the status. */
async function sendFromPage(page: Page, method: string, path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch("/api/auth/session")).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { method, path, body },
  );
}

/** Each group of the breakdown is a row with its n; groups under the minimum say "too few to say". */
async function expectGroupsShown(
  insights: DirectionInsights,
  dimension: DirectionInsights["breakdowns"][number]["dimension"],
  metric: "energy" | "engagement",
  table: Locator,
) {
  const breakdown = insights.breakdowns.find((candidate) => candidate.dimension === dimension);
  expect(breakdown?.groups.length).toBeGreaterThan(0);
  await table.waitFor();
  // Past the charted groups, the rest wait behind "Show all".
  const showAll = table.page().getByRole("button", { name: `Show all ${breakdown?.groups.length} groups` });
  if (await showAll.isVisible()) await showAll.click();
  expect(await table.locator("tbody tr").count()).toBe(breakdown?.groups.length);
  for (const group of breakdown?.groups ?? []) {
    const row = table
      .locator("tbody tr")
      .filter({ has: table.page().getByRole("rowheader", { name: group.label, exact: true }) });
    const text = (await row.textContent()) ?? "";
    expect(await row.getByRole("cell").first().textContent()).toBe(String(group[metric].n));
    expect(text.includes("too few to say"), `${group.label}: ${text}`).toBe(
      group[metric].tooFew && group[metric].n > 0,
    );
  }
}
