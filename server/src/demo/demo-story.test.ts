import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/database.ts";
import type { Services } from "../services.ts";
import { dialects } from "../testing/test-database.ts";
import { seedDemoAccount } from "./demo-seed.ts";
import { demoProfile, storyApplication } from "./demo-story.ts";
import { dayMs, demoEmail, now, openSeedTarget, pipelineOf, userIdOf } from "./demo-test-fixture.ts";

// The story the demo account tells: a varied search, the Fernleaf rejection, growth, strengths, debriefs, prep and tasks.
describe.each(dialects)("the demo story on %s", (dialect) => {
  let db: Db;
  let services: Services;
  beforeAll(async () => {
    ({ db, services } = await openSeedTarget(dialect));
  });
  afterAll(async () => db.close());

  it("seeds about forty applications across stages, sources, currencies and role families", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now, password: "a demo password" });
    const { applications, companies, interviews, tags } = await pipelineOf(db, await userIdOf(db, email));
    expect(applications.length).toBeGreaterThanOrEqual(35);
    expect(applications.length).toBeLessThanOrEqual(45);
    expect(companies.length).toBeGreaterThanOrEqual(30);
    expect(interviews.length).toBeGreaterThanOrEqual(15);
    expect(tags.length).toBeGreaterThan(applications.length);
    const stages = new Set(applications.map((app) => app.stage));
    for (const stage of ["wishlist", "applied", "screening", "interviewing", "rejected", "withdrawn", "ghosted"]) {
      expect(stages).toContain(stage);
    }
    expect(applications.filter((app) => app.stage === "offer").length).toBeLessThanOrEqual(1);
    expect(new Set(applications.map((app) => app.source))).toEqual(
      new Set(["referral", "job board", "recruiter", "company site"]),
    );
    expect(new Set(applications.map((app) => app.salary_currency))).toEqual(new Set(["EUR", "GBP"]));
    expect(new Set(applications.map((app) => app.role_family_id)).size).toBe(demoProfile.roleFamilies.length);
    expect(applications.every((app) => app.excitement !== null && app.excitement >= 1 && app.excitement <= 5)).toBe(
      true,
    );
    expect(companies.every((company) => company.website?.endsWith(".example.com"))).toBe(true);
  });

  it("contains the story: two interviews that felt great, then rejected a week later", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const { applications, changes, interviews, companies } = await pipelineOf(db, await userIdOf(db, email));
    const company = companies.find((row) => row.name === storyApplication.company);
    const story = applications.find(
      (app) => app.company_id === company?.id && app.role_title === storyApplication.role,
    );
    if (!story) throw new Error("the story's application is missing");
    expect(story.stage).toBe("rejected");
    expect(story.notes).toMatch(/energized/);

    const rejection = changes.find((change) => change.application_id === story.id && change.to_stage === "rejected");
    if (!rejection) throw new Error("the story's rejection is missing");
    const storyInterviews = interviews
      .filter((interview) => interview.application_id === story.id)
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at));
    expect(storyInterviews).toHaveLength(2);
    expect(storyInterviews.every((interview) => interview.starts_at < rejection.changed_at)).toBe(true);
    expect(storyInterviews.map((interview) => interview.kind)).toEqual(["recruiter_screen", "portfolio_presentation"]);
    const daysAfterLast = (Date.parse(rejection.changed_at) - Date.parse(storyInterviews[1]?.starts_at ?? "")) / dayMs;
    expect(daysAfterLast).toBeGreaterThan(6);
    expect(daysAfterLast).toBeLessThan(8);

    // Interviews for other kinds of roles left her "meh".
    const families = await db.kysely
      .selectFrom("role_families")
      .selectAll()
      .where("user_id", "=", story.user_id)
      .execute();
    const otherFamilies = new Set(
      families.filter((family) => family.name !== "User research").map((family) => family.id),
    );
    const interviewed = new Set(interviews.map((interview) => interview.application_id));
    const meh = applications.filter(
      (app) => otherFamilies.has(app.role_family_id ?? "") && interviewed.has(app.id) && /meh/i.test(app.notes),
    );
    expect(meh.length).toBeGreaterThanOrEqual(2);
  });

  it("carries the growth story: soft landing, Jonas's feedback in themed items, and a growth plan", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const userId = await userIdOf(db, email);
    const k = db.kysely;
    const [request] = await k.selectFrom("feedback_requests").selectAll().where("user_id", "=", userId).execute();
    const [entry] = await k.selectFrom("feedback_entries").selectAll().where("user_id", "=", userId).execute();
    const items = await k.selectFrom("feedback_items").selectAll().where("user_id", "=", userId).execute();
    const plan = await k.selectFrom("action_items").selectAll().where("user_id", "=", userId).execute();
    const [landing] = await k.selectFrom("soft_landings").selectAll().where("user_id", "=", userId).execute();
    const story = (await pipelineOf(db, userId)).applications.find(
      (app) => app.role_title === storyApplication.role && app.stage === "rejected",
    );

    expect(request).toMatchObject({ application_id: story?.id, answered_via: "link" });
    expect(entry).toMatchObject({ request_id: request?.id, from_name: "Jonas Weber", source: "link" });
    expect(items.every((item) => item.entry_id === entry?.id && item.theme_id !== null)).toBe(true);
    expect(plan.map((item) => item.feedback_item_id).every((id) => items.some((item) => item.id === id))).toBe(true);
    expect(landing).toMatchObject({ application_id: story?.id });
    // Everything happened after the rejection and before now.
    for (const at of [request?.sent_at, entry?.received_at, landing?.completed_at]) {
      expect(at && at <= now.toISOString()).toBe(true);
    }
    expect((request?.sent_at ?? "") < (request?.answered_at ?? "")).toBe(true);
  });

  it("carries strengths with evidence (Jonas's quote), wins beyond the job search and a self-care article", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const userId = await userIdOf(db, email);
    const k = db.kysely;
    const strengths = await k.selectFrom("strengths").selectAll().where("user_id", "=", userId).execute();
    const evidence = await k.selectFrom("strength_evidence").selectAll().where("user_id", "=", userId).execute();
    const wins = await k.selectFrom("wins").selectAll().where("user_id", "=", userId).execute();
    const reading = await k.selectFrom("reading_items").selectAll().where("user_id", "=", userId).execute();
    expect(strengths).toHaveLength(3);
    expect(strengths.every((s) => evidence.some((e) => e.strength_id === s.id))).toBe(true);
    expect(
      evidence.some((e) => e.kind === "feedback_quote" && e.text.includes("The diary study was the best case we saw")),
    ).toBe(true);
    expect(wins).toHaveLength(4);
    expect(wins.filter((w) => Number(w.job_related) === 0).map((w) => w.title)).toEqual(
      expect.arrayContaining(["Freelance website launched", "Volunteer event organised", "Ran 10 km"]),
    );
    expect(wins.every((w) => w.happened_on <= now.toISOString().slice(0, 10))).toBe(true);
    const selfCare = reading.find((r) => JSON.parse(r.contexts).includes("self-care"));
    expect(selfCare).toMatchObject({ source: expect.any(String), why_it_helped: expect.stringMatching(/rest/) });
    expect(selfCare?.url.startsWith("https://")).toBe(true);
  });

  it("carries debriefs: user research energizing, the rest tiring, and the Fernleaf rounds felt great", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const userId = await userIdOf(db, email);
    const { applications, interviews, debriefs } = await pipelineOf(db, userId);
    const families = await db.kysely.selectFrom("role_families").selectAll().where("user_id", "=", userId).execute();
    const research = families.find((family) => family.name === "User research")?.id;
    const familyOf = (interviewId: string) => {
      const interview = interviews.find((row) => row.id === interviewId);
      return applications.find((app) => app.id === interview?.application_id)?.role_family_id;
    };
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const energies = (inResearch: boolean) =>
      debriefs.filter((row) => (familyOf(row.interview_id) === research) === inResearch).map((row) => row.energy ?? 0);
    expect(mean(energies(true))).toBeGreaterThan(1.5);
    expect(mean(energies(false))).toBeLessThan(0);

    // Every debrief is written after its interview ended, and before now.
    for (const debrief of debriefs) {
      const interview = interviews.find((row) => row.id === debrief.interview_id);
      if (!interview) throw new Error("a debrief without its interview");
      const ended = Date.parse(interview.starts_at) + interview.duration_minutes * 60_000;
      expect(Date.parse(debrief.created_at)).toBeGreaterThan(ended);
      expect(Date.parse(debrief.created_at)).toBeLessThanOrEqual(now.getTime());
    }
    // One recent interview is left to debrief, so the nudge has something to show.
    const ended = interviews.filter((row) => Date.parse(row.starts_at) < now.getTime());
    expect(ended.length - debriefs.length).toBe(1);
    const story = applications.find((app) => app.role_title === storyApplication.role && app.stage === "rejected");
    const storyRatings = debriefs
      .filter((row) => interviews.find((interview) => interview.id === row.interview_id)?.application_id === story?.id)
      .map((row) => row.went_well);
    expect(storyRatings.sort()).toEqual([4, 5]);
  });

  it("names the story's recruiter and hiring manager as its interviewers, with prep for the case", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const pipeline = await pipelineOf(db, await userIdOf(db, email));
    const { applications, companies, contacts, applicationContacts, interviewers, interviews } = pipeline;
    const company = companies.find((row) => row.name === storyApplication.company);
    const story = applications.find(
      (app) => app.company_id === company?.id && app.role_title === storyApplication.role,
    );
    if (!story) throw new Error("the story's application is missing");
    const [screen, presentation] = interviews
      .filter((interview) => interview.application_id === story.id)
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at));
    const peopleIn = (interviewId: string | undefined) =>
      interviewers
        .filter((row) => row.interview_id === interviewId)
        .map((row) => contacts.find((contact) => contact.id === row.contact_id));

    const screeners = peopleIn(screen?.id);
    expect(screeners.map((contact) => contact?.role_title)).toEqual(["Talent Partner"]);
    const panel = peopleIn(presentation?.id);
    expect(panel.map((contact) => contact?.name)).toContain("Jonas Weber");
    expect(panel.every((contact) => contact?.company_id === company?.id)).toBe(true);
    const linked = applicationContacts.filter((row) => row.application_id === story.id).map((row) => row.contact_id);
    for (const contact of [...screeners, ...panel]) expect(linked).toContain(contact?.id);

    expect(presentation?.prep_case).toMatch(/diary study/);
    expect(presentation?.prep_talking_points).toMatch(/Situation/);
    expect(presentation?.prep_questions).toMatch(/\?/);
    expect(presentation?.prep_research).not.toBe("");
    expect(presentation?.prep_learning_goal).not.toBe("");
    expect(presentation?.notes).not.toBe("");
  });

  it("gives her tasks (some done, some due soon) and dated notes, none of them in the future", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const { applications, interviews, tasks, notes } = await pipelineOf(db, await userIdOf(db, email));
    const today = now.toISOString().slice(0, 10);
    const inAWeek = new Date(now.getTime() + 7 * dayMs).toISOString().slice(0, 10);
    const open = tasks.filter((task) => task.done_at === null);
    expect(tasks.filter((task) => task.done_at !== null).length).toBeGreaterThanOrEqual(5);
    expect(open.filter((task) => task.due_on && task.due_on >= today && task.due_on <= inAWeek).length).toBeGreaterThan(
      2,
    );
    expect(new Set(tasks.map((task) => task.kind))).toEqual(new Set(["thank_you", "follow_up", "prepare", "other"]));
    for (const task of tasks) {
      expect(task.created_at <= now.toISOString()).toBe(true);
      if (task.done_at) expect(task.done_at >= task.created_at).toBe(true);
      const interview = interviews.find((row) => row.id === task.interview_id);
      if (task.interview_id) expect(interview?.application_id).toBe(task.application_id);
      // A thank-you comes after the interview it thanks for.
      if (task.kind === "thank_you" && interview) expect(task.created_at >= interview.starts_at).toBe(true);
    }
    expect(notes.length).toBeGreaterThanOrEqual(5);
    expect(notes.every((note) => note.created_at <= now.toISOString())).toBe(true);
    expect(notes.every((note) => applications.some((app) => app.id === note.application_id))).toBe(true);
  });
});
