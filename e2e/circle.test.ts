import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, desktopViewport, screenshotOnFailure } from "./support/check-page.ts";
import { e2ePassword, emailOf, signUpAndOnboard } from "./support/sign-up.ts";

/** YYYY-MM-DD of the UTC day `days` from now (negative: in the past). */
function utcDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A GET from the signed-in page, as the web app sends it. */
async function getFromPage<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (path) => (await fetch(path)).json(), path) as Promise<T>;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

const hostileReply = "Lovely debrief! <script>window.__pwned = true</script> **Keep going**";

describe("support circle in Chromium, with a seeker and a mentor", () => {
  const session = browserSessionForSuite();

  it("invites, joins, shares a debrief, replies safely, notifies, audits and revokes", async () => {
    const { page, server, browser, cspViolations, pageErrors } = session();
    screenshotOnFailure(page, "circle-failure");

    // The seeker, with an interview from yesterday, debriefed in the app.
    await signUpAndOnboard(page, server, { name: "Maya", roleFamilies: ["User research"] });
    const application = await postFromPage(page, "/api/applications", {
      roleTitle: "Senior User Researcher",
      companyName: "Northwind Health",
      stage: "interviewing",
      notes: "salary talk: 95k, do not share",
    });
    expect(application.status, JSON.stringify(application.body)).toBe(201);
    const interview = await postFromPage(page, "/api/interviews", {
      applicationId: (application.body as { id: string }).id,
      roundName: "Portfolio review",
      kind: "hiring_manager",
      timeZone: "UTC",
      durationMinutes: 45,
      format: "video",
      startsAtLocal: `${utcDay(-1)}T14:00`,
    });
    expect(interview.status, JSON.stringify(interview.body)).toBe(201);
    const interviewId = (interview.body as { id: string }).id;
    await page.goto(`${server.url}/interviews/${interviewId}/debrief`);
    await page.getByRole("radio", { name: "+2 Energized" }).check();
    await page.getByRole("button", { name: "Save debrief" }).click();
    await page.waitForURL(`**/interviews/${interviewId}`);

    // My circle starts empty; the invite link is shown once, to copy (no email account is set up).
    await page.goto(`${server.url}/circle/mine`);
    await page.getByRole("heading", { level: 1, name: "My circle" }).waitFor();
    await page.getByText("No one has joined yet.").waitFor();
    await page.getByLabel("Their email").fill("sam@example.test");
    await page.getByRole("radio", { name: "Coach" }).check();
    await page.getByLabel("Let them see my pipeline summary").check();
    await page.getByRole("button", { name: "Create invite" }).click();
    await page.getByRole("heading", { name: "Invite ready for sam@example.test" }).waitFor();
    const link = await page.getByLabel("Invite link").inputValue();
    expect(link).toMatch(/\/circle\/join\?token=cir_/);
    await page.getByRole("button", { name: "Copy" }).click();
    await page.getByText(/Copied|Couldn't copy/).waitFor();
    await page.getByText("Waiting to join").waitFor();
    await checkPage(page, "circle-mine-invited");
    const joinPath = link.slice(link.indexOf("/circle/join"));

    // The mentor, in a browser of their own: the link says who invited them, then sign-up, then join.
    const mentorContext = await browser.newContext({ viewport: desktopViewport });
    const mentor = await mentorContext.newPage();
    screenshotOnFailure(mentor, "circle-mentor-failure");
    const mentorErrors: string[] = [];
    mentor.on("pageerror", (error) => mentorErrors.push(error.message));
    await mentor.goto(`${server.url}${joinPath}`);
    await mentor.getByRole("heading", { level: 1, name: "Maya invited you to their support circle" }).waitFor();
    await checkPage(mentor, "circle-join");
    await signUpFromInvite(mentor, "Sam");
    await mentor.goto(`${server.url}/circle`);
    await mentor.getByRole("heading", { level: 1, name: "Shared with me" }).waitFor();
    await mentor.getByRole("heading", { name: "Nothing shared with you yet" }).waitFor();
    await mentor.getByRole("button", { name: "Leave Maya's circle" }).waitFor();
    await checkPage(mentor, "circle-feed-empty");
    // The link worked once.
    await mentor.goto(`${server.url}${joinPath}`);
    await mentor.getByRole("heading", { level: 1, name: "This invite was already used" }).waitFor();

    // The seeker shares the debrief with the whole circle, with a note.
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.getByRole("button", { name: "Share with my circle" }).click();
    const dialog = page.getByRole("dialog", { name: "Share with my circle" });
    await dialog.getByRole("radio", { name: "Everyone in my circle" }).waitFor();
    await dialog.getByLabel("A note for them (optional)").fill("How would you prepare the **portfolio** part?");
    await checkPage(page, "circle-share-dialog");
    await dialog.getByRole("button", { name: "Share", exact: true }).click();
    await page.getByText("Shared with your circle.").waitFor();

    // The mentor sees it in the feed, opens it and replies; the script tag stays text.
    await mentor.goto(`${server.url}/circle`);
    const title = "Debrief: Portfolio review — Senior User Researcher at Northwind Health";
    await mentor.getByRole("link", { name: title }).waitFor();
    await mentor.getByText("Maya shared a debrief").waitFor();
    await checkPage(mentor, "circle-feed");
    await mentor.getByRole("link", { name: title }).click();
    await mentor.getByRole("heading", { level: 1, name: title }).waitFor();
    await mentor.locator(".share-note strong", { hasText: "portfolio" }).waitFor();
    await mentor.getByText("+2 Energized").waitFor();
    expect(await mentor.locator("main").textContent()).not.toContain("95k");
    await mentor.getByLabel("Your reply").fill(hostileReply);
    await mentor.getByRole("button", { name: "Send reply" }).click();
    const reply = mentor.getByRole("article", { name: "Reply from Sam" });
    await reply.locator("strong", { hasText: "Keep going" }).waitFor();
    expect(await reply.textContent()).toContain("<script>window.__pwned = true</script>");
    expect(await reply.locator("script").count()).toBe(0);
    expect(await pwned(mentor)).toBeUndefined();
    // Editable for a while by its author.
    await reply.getByRole("button", { name: "Edit your reply" }).click();
    await mentor.getByLabel("Edit your reply").fill(`${hostileReply} (edited)`);
    await mentor.getByRole("button", { name: "Save reply" }).click();
    await reply.getByText("(edited)").waitFor();
    await checkPage(mentor, "circle-shared-item");

    // The seeker: a quiet dot on Circle, the new reply at the top of My circle, then the thread.
    await page.goto(`${server.url}/`);
    await page.getByRole("link", { name: "Circle (new replies)" }).waitFor();
    await page.goto(`${server.url}/circle/mine`);
    const news = page.locator("section", { has: page.getByRole("heading", { name: "New in your circle" }) });
    await news.getByText("Sam replied to").waitFor();
    await news.getByText("Sam joined your circle").waitFor();
    // Seen: the dot goes, the list stays for this visit.
    await page.getByRole("link", { name: "Circle", exact: true }).waitFor();
    await checkPage(page, "circle-mine");
    await news.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    const seen = page.getByRole("article", { name: "Reply from Sam" });
    expect(await seen.textContent()).toContain("<script>window.__pwned = true</script>");
    expect(await pwned(page)).toBeUndefined();
    await seen.getByRole("button", { name: "Reply to Sam" }).click();
    await page.getByLabel("Your answer to Sam").fill("Thank you, Sam!");
    await page.getByRole("button", { name: "Send answer" }).click();
    await page.getByRole("article", { name: "Reply from Maya" }).getByText("Thank you, Sam!").waitFor();

    // Her activity log (Settings → Activity) names who joined, viewed and replied.
    const audit = await getFromPage<{ items: { kind: string; actor: { id: string | null; name: string } }[] }>(
      page,
      "/api/audit",
    );
    const sam = audit.items.find((event) => event.actor.name === "Sam")?.actor.id;
    const samsEvents = audit.items.filter((event) => event.actor.id === sam).map((event) => event.kind);
    expect(samsEvents).toEqual(expect.arrayContaining(["circle_invite_accepted", "circle_viewed", "circle_replied"]));
    await page.goto(`${server.url}/settings/activity`);
    await page.getByText(`Sam viewed “${title}”`).first().waitFor();
    await page.getByText(`Sam replied to “${title}”`).first().waitFor();

    // As her coach, Sam may see the pipeline summary: roles and counts, never notes.
    await mentor.goto(`${server.url}/circle`);
    await mentor.getByRole("link", { name: "Maya's pipeline summary" }).click();
    await mentor.getByRole("heading", { level: 1, name: "Maya's pipeline" }).waitFor();
    await mentor.getByText("Senior User Researcher at Northwind Health").waitFor();
    expect(await mentor.locator("main").textContent()).not.toContain("95k");
    await checkPage(mentor, "circle-pipeline");
    const pipelineUrl = mentor.url();

    // The seeker removes Sam; his next request sees nothing, whatever the URL.
    await page.goto(`${server.url}/circle/mine`);
    await page.getByRole("button", { name: "Remove Sam" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove from circle" }).click();
    await page.getByText("No one has joined yet.").waitFor();
    await mentor.goto(`${server.url}/circle`);
    await mentor.getByRole("heading", { name: "Nothing shared with you yet" }).waitFor();
    expect(await mentor.getByText(title).count()).toBe(0);
    await mentor.goto(pipelineUrl);
    await mentor.getByRole("heading", { level: 1, name: "Not available" }).waitFor();
    await mentor.goto(`${server.url}/circle/shared/${await sharedId(page)}`);
    await mentor.getByRole("heading", { level: 1, name: "Not available" }).waitFor();
    await checkPage(mentor, "circle-not-available");

    expect(pageErrors).toEqual([]);
    expect(mentorErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await mentorContext.close();
  });

  it("on an invite-only server: a friend joins with the circle link; private entries need a clear yes", async () => {
    const { page, server, browser, pageErrors } = session();
    screenshotOnFailure(page, "circle-private-failure");
    // Maya (the owner, from the first test) closes sign-ups to invites.
    await page.goto(`${server.url}/settings/server`);
    await page.getByRole("radio", { name: "Invite only" }).check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved. New sign-ups follow this choice from now on.").waitFor();

    await page.goto(`${server.url}/circle/mine`);
    await page.getByLabel("Their email").fill("lee@example.test");
    await page.getByRole("button", { name: "Create invite" }).click();
    const link = await page.getByLabel("Invite link").inputValue();

    const friendContext = await browser.newContext({ viewport: desktopViewport });
    const friend = await friendContext.newPage();
    screenshotOnFailure(friend, "circle-friend-failure");
    await friend.goto(`${server.url}${link.slice(link.indexOf("/circle/join"))}`);
    // The circle link stands in for a registration invite: no invite code to paste.
    await signUpFromInvite(friend, "Lee");

    // A thought record is private: sharing it asks for an explicit yes, and goes to Lee only.
    const record = await postFromPage(page, "/api/thought-records", {
      mode: "quick",
      situation: "Waiting to hear back after the final round",
    });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    await page.goto(`${server.url}/journal/thoughts/${(record.body as { id: string }).id}`);
    await page.getByRole("button", { name: "Share with my circle" }).click();
    const dialog = page.getByRole("dialog", { name: "Share with my circle" });
    await dialog.getByText("This is private.").waitFor();
    await dialog.getByRole("radio", { name: "Only the people I choose" }).check();
    await dialog.getByRole("checkbox", { name: /Lee/ }).check();
    await dialog.getByRole("button", { name: "Share", exact: true }).click();
    await dialog.getByText("Tick the box to confirm you want to share it.").waitFor();
    await checkPage(page, "circle-share-private");
    await dialog.getByRole("checkbox", { name: "I want to share this private entry" }).check();
    await dialog.getByRole("button", { name: "Share", exact: true }).click();
    await page.getByText("Shared with 1 person.").waitFor();

    // A post, written for the circle and shared with everyone.
    await page.goto(`${server.url}/circle/posts/new`);
    await page.getByLabel("Title", { exact: true }).fill("What I learned from this one");
    await page.getByLabel("What you want to say").fill("Ask about the **team** early.");
    await page.getByRole("button", { name: "Save post" }).click();
    await page.getByRole("heading", { level: 1, name: "Your post" }).waitFor();
    await checkPage(page, "circle-post");
    await page.getByRole("button", { name: "Share with my circle" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Share", exact: true }).click();
    await page.getByText("Shared with your circle.").waitFor();

    await friend.goto(`${server.url}/circle`);
    await friend.getByRole("link", { name: "What I learned from this one" }).waitFor();
    await friend.getByText("Maya shared a thought record").waitFor();
    await friend.getByRole("link", { name: /^Thought record/ }).click();
    await friend.getByText("Waiting to hear back after the final round").waitFor();
    await checkPage(friend, "circle-shared-thought-record");
    await friend.goto(`${server.url}/circle`);
    await friend.getByRole("link", { name: "What I learned from this one" }).click();
    await friend.locator(".shared-post strong", { hasText: "team" }).waitFor();

    expect(pageErrors).toEqual([]);
    await friendContext.close();
  });
});

/** The id of the seeker's one share. */
async function sharedId(page: Page): Promise<string> {
  const shares = await getFromPage<{ items: { id: string }[] }>(page, "/api/circle/shares");
  return shares.items[0]?.id ?? "";
}

/**
 * From an invite's join page: create an account (the page must not ask for a registration
 * invite code), come back, join Maya's circle, then onboard with the given name.
 */
async function signUpFromInvite(page: Page, name: string): Promise<void> {
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
  expect(await page.getByLabel("Invite code").count()).toBe(0);
  await page.getByLabel("Email").fill(emailOf({ name }));
  await page.getByLabel("Password").fill(e2ePassword);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("button", { name: "Join Maya's circle" }).click();
  await page.waitForURL("**/welcome");
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Continue" }).click();
  // Onboarding done, the new member goes on to what is shared with them.
  await page.getByRole("heading", { level: 1, name: "Shared with me" }).waitFor();
}
