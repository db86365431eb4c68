import { describe, expect, it } from "vitest";
import { postFromPage } from "./support/api.ts";
import { browserSessionForSuite } from "./support/browser-session.ts";
import { checkPage, screenshotOnFailure } from "./support/check-page.ts";
import { signUpAndOnboard } from "./support/sign-up.ts";

/** Today in the browser's calendar, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describe("interview prep journey in Chromium", () => {
  const session = browserSessionForSuite();

  it("prepares for an interview, keeps the prep, and shows it on Today", async () => {
    const { page, server, cspViolations } = session();
    // A picture of where it stopped makes a failure on CI readable.
    screenshotOnFailure(page, "interview-prep-failure");
    await signUpAndOnboard(page, server, { name: "Noor", roleFamilies: ["User research"] });
    await page.getByText("Nothing is scheduled").waitFor();
    await checkPage(page, "today-empty");

    // An application, created through the API from the signed-in page (as the web app would).
    const created = await postFromPage(page, "/api/applications", {
      roleTitle: "Senior User Researcher",
      companyName: "Northwind Health",
      stage: "applied",
      jobUrl: "https://jobs.example.com/northwind/123",
      tags: ["healthcare", "mixed methods"],
      excitement: 4,
      notes: "Referred by **Priya**.",
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const applicationId = (created.body as { id: string }).id;

    // The application page: header, details, a safe job link.
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByRole("heading", { level: 1, name: /Senior User Researcher/ }).waitFor();
    const jobLink = page.getByRole("link", { name: /jobs\.example\.com/ });
    expect(await jobLink.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await page.locator(".application-header").textContent()).toContain("Excitement 4 of 5");

    // Edit details: salary range, source (with suggestions), location; the list shows them.
    await page.getByRole("button", { name: "Edit details" }).click();
    await page.getByLabel("Salary from").fill("60000");
    await page.getByLabel("Salary to").fill("75000");
    await page.getByLabel("Currency").fill("eur");
    await page.getByLabel("Source").fill("Referral");
    await page.getByLabel("Location").fill("Utrecht");
    await page.getByLabel("Tags", { exact: true }).fill("research ops,");
    await checkPage(page, "application-edit");
    await page.getByRole("button", { name: "Save details" }).click();
    await page.getByText("Details saved.").waitFor();
    const details = await page.locator(".detail-list").textContent();
    expect(details).toMatch(/60,000–75,000 EUR/);
    expect(details).toContain("Referral");
    expect(details).toContain("research ops");

    // Move the stage; the timeline records it.
    await page.getByLabel("Move to stage").selectOption("screening");
    await page.getByRole("button", { name: "Change stage" }).click();
    await page.getByText("Moved to Screening.").waitFor();
    await page.locator(".timeline").getByText("Moved from Applied to").waitFor();

    // A note with one good link and one javascript: link; only the good one becomes a link.
    await page
      .getByLabel("Add a note")
      .fill("Call went well. [Posting](https://example.com/post) [bad](javascript:alert(1))");
    await page.getByRole("button", { name: "Add note" }).click();
    const note = page.locator(".note").first();
    await note.getByRole("link", { name: "Posting" }).waitFor();
    expect(await note.locator("a[href^='javascript']").count()).toBe(0);
    expect(await note.textContent()).toContain("[bad](javascript:alert(1))");

    // A task due today, which Today lists later.
    await page.getByLabel("New task").fill("Send portfolio link to Priya");
    await page.locator("form[aria-label='Add a task'] select").selectOption("follow_up");
    await page.locator("form[aria-label='Add a task'] input[type=date]").fill(today());
    await page.getByRole("button", { name: "Add task" }).click();
    await page.getByRole("checkbox", { name: "Send portfolio link to Priya" }).waitFor();
    await page.locator(".timeline").getByText("Send portfolio link to Priya").waitFor();
    // A task can be edited in place after it was added.
    await page.getByRole("button", { name: "Edit task Send portfolio link to Priya" }).click();
    const editTask = page.getByRole("form", { name: "Edit task Send portfolio link to Priya" });
    await editTask.getByLabel("Task").fill("Send portfolio link to Priya Raman");
    await editTask.getByRole("button", { name: "Save task" }).click();
    await page.getByRole("checkbox", { name: "Send portfolio link to Priya Raman" }).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.textContent === "Edit task Send portfolio link to Priya Raman",
    );
    await checkPage(page, "application");

    // Schedule an interview with prep.
    await page.getByRole("link", { name: "Schedule interview" }).click();
    await page.getByRole("heading", { level: 1, name: "Schedule an interview" }).waitFor();
    await page.getByLabel("Round").fill("Hiring manager chat");
    await page.getByLabel("Kind of interview").selectOption("hiring_manager");
    expect(await page.getByLabel("Time zone").inputValue()).not.toBe("");
    await page.getByLabel("Meeting link").fill("https://meet.example.com/abc-defg");
    await page.getByRole("button", { name: "Create a new contact" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Sam Rivera");
    await page.getByLabel("Their role").fill("Research Director");
    await page.getByRole("button", { name: "Add contact" }).click();
    await page.getByRole("button", { name: "Remove Sam Rivera" }).waitFor();

    await page
      .getByLabel("The case for me")
      .fill("- **Five years** of mixed-methods research in health\n- I've run studies with clinicians");
    await page.getByRole("button", { name: "Add a STAR story" }).click();
    // The cursor lands after "Situation:"; type straight into the outline.
    await page.keyboard.type("Clinic check-in took 20 minutes");
    const talkingPoints = await page.getByLabel("Talking points and stories").inputValue();
    expect(talkingPoints).toContain("- **Situation:** Clinic check-in took 20 minutes");
    expect(talkingPoints).toContain("- **Result:** ");
    await page.getByLabel("Learning goal").fill("Ask for **specific** feedback on my study plan");
    await checkPage(page, "interview-new");

    await page.getByRole("button", { name: "Schedule interview" }).click();
    await page.waitForURL("**/interviews/**");
    await page.getByRole("heading", { level: 1, name: "Hiring manager chat" }).waitFor();
    const interviewUrl = page.url();
    const icsHref = await page.getByRole("link", { name: "Download .ics" }).getAttribute("href");
    expect(icsHref).toMatch(/^\/api\/interviews\/[0-9a-f-]+\/ics$/);

    // Prep autosaves: type questions and research, wait for "Saved", reload, and see them rendered.
    await page
      .getByLabel("Questions to ask")
      .fill("1. How does research feed the roadmap?\n2. What would success look like?");
    await page.locator(".save-status[data-status=saved]").waitFor();
    expect(await page.locator(".save-status").textContent()).toMatch(/^Saved at /);
    // Typed and reloaded before the save could run: the browser keeps it and sends it.
    await page
      .getByLabel("Research notes")
      .fill("Northwind [press page](https://example.com/press) and [x](javascript:void(0))");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Hiring manager chat" }).waitFor();

    const prep = page.locator(".prep-card");
    await prep.locator(".markdown strong", { hasText: "Five years" }).waitFor();
    await prep.locator(".markdown strong", { hasText: "Situation:" }).waitFor();
    await prep.locator(".markdown ol li", { hasText: "How does research feed the roadmap?" }).waitFor();
    await prep.getByRole("link", { name: /press page/ }).waitFor();
    expect(await prep.locator("a[href^='javascript']").count()).toBe(0);
    expect(await prep.textContent()).toContain("[x](javascript:void(0))");
    await prep.locator(".markdown strong", { hasText: "specific" }).waitFor();
    // Whether the save on leaving made it or the restored draft was sent now, nothing is left waiting.
    await page.waitForFunction(() => !Object.keys(localStorage).some((key) => key.startsWith("debrief:draft:")));
    expect(await page.locator(".save-status").getAttribute("data-status")).toMatch(/^(idle|saved)$/);
    await checkPage(page, "interview");

    // Reloading once more shows the same prep, now from the server.
    await page.goto(interviewUrl);
    await prep.getByRole("link", { name: /press page/ }).waitFor();

    // The calendar file is there to download.
    const ics = await page.evaluate(async (href) => {
      const response = await fetch(href as string);
      return { status: response.status, body: await response.text() };
    }, icsHref);
    expect(ics.status).toBe(200);
    expect(ics.body).toContain("BEGIN:VCALENDAR");

    // Details edit separately from the prep: a longer slot.
    await page.getByRole("button", { name: "Edit time, place and people" }).click();
    await page.getByLabel("Length in minutes").fill("60");
    await page.getByRole("button", { name: "Save details" }).click();
    await page.getByText("Interview details saved.").waitFor();
    expect(await page.locator(".interview-facts").textContent()).toMatch(/10:00\sAM–11:00\sAM/);

    // An interview that happened yesterday in Tokyo time, for the "Recently" list.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const past = await postFromPage(page, "/api/interviews", {
      applicationId,
      roundName: "Recruiter screen",
      kind: "recruiter_screen",
      startsAtLocal: `${yesterday}T09:00`,
      timeZone: "Asia/Tokyo",
      durationMinutes: 30,
      format: "phone",
    });
    expect(past.status, JSON.stringify(past.body)).toBe(201);

    // Today lists the interview with its prep state, and the task with a done box.
    await page.getByRole("link", { name: "Today" }).click();
    await page.getByRole("heading", { level: 1, name: "Today" }).waitFor();
    const comingUp = page.locator("section", { has: page.getByRole("heading", { name: "Coming up" }) });
    await comingUp.getByRole("link", { name: /Hiring manager chat/ }).waitFor();
    expect(await comingUp.textContent()).toContain("Learning goal set");
    // The past one is listed under Recently, in Tokyo time and in the viewer's own.
    const recently = page.locator("section", { has: page.getByRole("heading", { name: "Recently" }) });
    await recently.getByRole("link", { name: /^Recruiter screen/ }).waitFor();
    const recentText = await recently.textContent();
    expect(recentText).toContain("(Asia/Tokyo)");
    expect(recentText).toContain("your time");
    const task = page.getByRole("checkbox", { name: "Send portfolio link to Priya" });
    await task.waitFor();
    await checkPage(page, "today-upcoming");
    // Ticking it done keeps it in view (so a mis-tap is easy to undo) and saves it.
    await task.click();
    await page.locator(".task-item[data-done]").getByText("Done").waitFor();
    expect(await task.isChecked()).toBe(true);
    await page.reload();
    await page.getByText("No tasks due in the next two weeks.").waitFor();

    // Pipeline settings: explain ghosting and save a shorter wait.
    await page.goto(`${server.url}/settings/pipeline`);
    await page.getByRole("heading", { level: 1, name: "Pipeline" }).waitFor();
    await page.getByLabel("Weeks of silence").fill("4");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved. Applications with no news for 4 weeks count as ghosted.").waitFor();
    await checkPage(page, "settings-pipeline");

    // Deleting the application asks first, then goes back to the list.
    await page.goto(`${server.url}/applications/${applicationId}`);
    await page.getByRole("button", { name: "Delete application" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("can't be undone").waitFor();
    await checkPage(page, "application-delete-dialog");
    await dialog.getByRole("button", { name: "Delete application" }).click();
    await page.waitForURL(/\/applications$/);
    const gone = await page.evaluate(async (id) => (await fetch(`/api/applications/${id}`)).status, applicationId);
    expect(gone).toBe(404);

    expect(cspViolations).toEqual([]);
  });
});
