import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/database.ts";
import { buildSearchText } from "../features/applications/search-text.ts";
import { createServices, type Services } from "../services.ts";
import { buildUser } from "../testing/factories.ts";
import { createTestDatabase, dialects } from "../testing/test-database.ts";
import { DemoDataRepo } from "./demo-data.repo.ts";
import { seedDemoAccount, seedHeavySeeker } from "./demo-seed.ts";
import { demoProfile, storyApplication } from "./demo-story.ts";

const now = new Date("2025-03-10T12:00:00.000Z");
const dayMs = 86_400_000;
let sequence = 0;
const demoEmail = () => `demo${++sequence}-${Date.now().toString(36)}@example.test`;

/** Everything one user owns in the pipeline tables, read straight from the database. */
async function pipelineOf(db: Db, userId: string) {
  const k = db.kysely;
  return {
    applications: await k.selectFrom("applications").selectAll().where("user_id", "=", userId).execute(),
    changes: await k
      .selectFrom("application_stage_changes")
      .selectAll()
      .where("user_id", "=", userId)
      .orderBy("changed_at")
      .orderBy("id")
      .execute(),
    interviews: await k.selectFrom("interviews").selectAll().where("user_id", "=", userId).execute(),
    tags: await k.selectFrom("application_tags").selectAll().where("user_id", "=", userId).execute(),
    companies: await k.selectFrom("companies").selectAll().where("user_id", "=", userId).execute(),
    contacts: await k.selectFrom("contacts").selectAll().where("user_id", "=", userId).execute(),
    applicationContacts: await k.selectFrom("application_contacts").selectAll().where("user_id", "=", userId).execute(),
    interviewers: await k.selectFrom("interview_interviewers").selectAll().where("user_id", "=", userId).execute(),
    tasks: await k.selectFrom("tasks").selectAll().where("user_id", "=", userId).execute(),
    notes: await k.selectFrom("application_notes").selectAll().where("user_id", "=", userId).execute(),
    debriefs: await k.selectFrom("debriefs").selectAll().where("user_id", "=", userId).execute(),
  };
}

type Pipeline = Awaited<ReturnType<typeof pipelineOf>>;

/** Each application's search text must be what the Pipeline feature would write for it. */
function expectSearchTextsUpToDate({ applications, companies, tags }: Pipeline) {
  for (const app of applications) {
    const expected = buildSearchText({
      roleTitle: app.role_title,
      companyName: companies.find((company) => company.id === app.company_id)?.name,
      location: app.location,
      source: app.source,
      tags: tags
        .filter((tag) => tag.application_id === app.id)
        .map((tag) => tag.tag)
        .sort(),
      notes: app.notes,
    });
    expect(app.search_text).toBe(expected);
  }
}

async function userIdOf(db: Db, email: string): Promise<string> {
  const row = await db.kysely.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return row.id;
}

describe.each(dialects)("demo and heavy-seeker seeds on %s", (dialect) => {
  let db: Db;
  let services: Services;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    services = createServices(db, { publicUrl: "http://127.0.0.1:4100" });
  });
  afterAll(async () => db.close());

  it("creates an onboarded demo account that can sign in with the returned password", async () => {
    const email = demoEmail();
    const result = await seedDemoAccount(services, { email, now });
    expect(result).toMatchObject({ email, created: true });
    expect(result.password.length).toBeGreaterThanOrEqual(10);

    const signedIn = await services.auth.signIn(
      { email, password: result.password },
      { ip: "127.0.0.1", userAgent: null },
    );
    const actor = { userId: signedIn.user.id, role: signedIn.user.role, via: "session" as const, sessionId: null };
    const profile = await services.profile.current(actor);
    expect(profile.displayName).toBe(demoProfile.displayName);
    expect(profile.onboarded).toBe(true);
    expect(profile.roleFamilies.map((family) => family.name)).toEqual([...demoProfile.roleFamilies]);
  });

  it("refuses a password that registration would refuse, creating nothing", async () => {
    const email = demoEmail();
    await expect(seedDemoAccount(services, { email, password: "short" })).rejects.toThrow(/at least 10 characters/);
    expect(await db.kysely.selectFrom("users").select("id").where("email", "=", email).execute()).toHaveLength(0);
  });

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

  it("keeps every application's search text up to date", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const pipeline = await pipelineOf(db, await userIdOf(db, email));
    expectSearchTextsUpToDate(pipeline);
    expect(pipeline.applications.filter((app) => app.search_text.includes("fernleaf health"))).toHaveLength(2);
  });

  it("keeps every stage history consistent with the application and in the past", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const { applications, changes, interviews } = await pipelineOf(db, await userIdOf(db, email));
    for (const app of applications) {
      const history = changes.filter((change) => change.application_id === app.id);
      expect(history.length).toBeGreaterThan(0);
      expect(history[0]?.from_stage).toBeNull();
      for (const [index, change] of history.entries()) {
        const previous = history[index - 1];
        if (previous) {
          expect(change.from_stage).toBe(previous.to_stage);
          expect(change.changed_at > previous.changed_at).toBe(true);
        }
      }
      const last = history.at(-1);
      expect(app.stage).toBe(last?.to_stage);
      expect(app.stage_changed_at).toBe(last?.changed_at);
      expect(app.stage_changed_at < now.toISOString()).toBe(true);
      // Past interviews happen while the application is in screening or later, before it closes.
      const screening = history.find((change) => change.to_stage === "screening");
      for (const interview of interviews.filter((row) => row.application_id === app.id)) {
        expect(screening && interview.starts_at > screening.changed_at).toBe(true);
        if (app.closed_on) expect(interview.starts_at < app.stage_changed_at).toBe(true);
      }
    }
  });

  it("puts one to three interviews in the coming two weeks", async () => {
    const email = demoEmail();
    await seedDemoAccount(services, { email, now });
    const { interviews } = await pipelineOf(db, await userIdOf(db, email));
    const inTwoWeeks = new Date(now.getTime() + 14 * dayMs).toISOString();
    const upcoming = interviews.filter((row) => row.starts_at > now.toISOString() && row.starts_at < inTwoWeeks);
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
    expect(upcoming.length).toBeLessThanOrEqual(3);
    expect(upcoming.every((row) => row.time_zone.startsWith("Europe/"))).toBe(true);
  });

  it("gives the same search for the same now", async () => {
    const first = demoEmail();
    const second = demoEmail();
    await seedDemoAccount(services, { email: first, now });
    await seedDemoAccount(services, { email: second, now });
    const shape = async (email: string) => {
      const { applications, changes } = await pipelineOf(db, await userIdOf(db, email));
      return {
        applications: applications.map((app) => [app.role_title, app.stage, app.stage_changed_at, app.notes]).sort(),
        changes: changes.map((change) => [change.from_stage, change.to_stage, change.changed_at]).sort(),
      };
    };
    expect(await shape(first)).toEqual(await shape(second));
  });

  it("does nothing the second time for the same email", async () => {
    const email = demoEmail();
    expect((await seedDemoAccount(services, { email, now })).created).toBe(true);
    const userId = await userIdOf(db, email);
    const before = await new DemoDataRepo(db.kysely).countPipeline(userId);
    const again = await seedDemoAccount(services, { email: email.toUpperCase(), now: new Date() });
    expect(again).toEqual({ email, password: "", created: false });
    expect(await new DemoDataRepo(db.kysely).countPipeline(userId)).toEqual(before);
    const users = await db.kysely.selectFrom("users").select("id").where("email", "=", email).execute();
    expect(users).toHaveLength(1);
  });

  it("seeds even when registration is closed, as a member", async () => {
    await buildUser(services); // makes sure an owner exists when this test runs alone
    const ownerRow = await db.kysely
      .selectFrom("users")
      .select("id")
      .where("role", "=", "owner")
      .executeTakeFirstOrThrow();
    const owner = { actor: { userId: ownerRow.id, role: "owner" as const, via: "session" as const, sessionId: null } };
    await services.instance.updateSettings(owner.actor, { registrationMode: "closed" });
    try {
      const email = demoEmail();
      expect((await seedDemoAccount(services, { email, now })).created).toBe(true);
      const row = await db.kysely.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirstOrThrow();
      expect(row.role).toBe("member");
    } finally {
      await services.instance.updateSettings(owner.actor, { registrationMode: "open" });
    }
  });

  it("seeds a heavy seeker with exactly 2,000 applications, 5,000 debriefed interviews and 10,000 stage changes", async () => {
    const bystander = await buildUser(services);
    const { user } = await buildUser(services);
    const counts = await seedHeavySeeker(db, user.id, { applications: 2000, now });
    expect(counts).toMatchObject({ applications: 2000, companies: 500, debriefs: 5000, stageChanges: 10_000 });
    // Besides the 5,000 held (and debriefed), the rounds still to come of the open applications.
    expect(counts.interviews).toBeGreaterThan(5000);
    expect(counts.interviews).toBeLessThan(5300);
    expect(counts.contacts).toBe(2 * counts.companies);
    expect(counts.tasks).toBeGreaterThan(counts.interviews);
    expect(counts.applicationNotes).toBeGreaterThan(0);
    expect(await new DemoDataRepo(db.kysely).countPipeline(user.id)).toEqual(counts);
    expect(Object.values(await new DemoDataRepo(db.kysely).countPipeline(bystander.user.id))).toEqual(
      Object.values(counts).map(() => 0),
    );

    const pipeline = await pipelineOf(db, user.id);
    const { applications, changes, interviews, interviewers, tasks } = pipeline;
    const lastChange = new Map(changes.map((change) => [change.application_id, change]));
    expect(applications.every((app) => lastChange.get(app.id)?.to_stage === app.stage)).toBe(true);
    expect(applications.every((app) => lastChange.get(app.id)?.changed_at === app.stage_changed_at)).toBe(true);
    expect(new Set(interviewers.map((row) => row.interview_id)).size).toBe(interviews.length);
    const open = tasks.filter((task) => task.done_at === null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(tasks.length);
    expect(interviews.some((row) => row.starts_at > now.toISOString() && row.prep_questions !== "")).toBe(true);
    expectSearchTextsUpToDate(pipeline);
  });

  it("keeps the heavy seeker's counts exact for a small search too", async () => {
    const { user } = await buildUser(services);
    const counts = await seedHeavySeeker(db, user.id, { applications: 40, now });
    expect(counts).toMatchObject({ applications: 40, companies: 10, debriefs: 100, stageChanges: 200 });
  });

  it("never links one user's rows to another user's", async () => {
    const { user } = await buildUser(services);
    await seedHeavySeeker(db, user.id, { applications: 40, now });
    await seedDemoAccount(services, { email: demoEmail(), now });
    const k = db.kysely;
    const crossed = [
      await k
        .selectFrom("applications as a")
        .innerJoin("companies as c", "c.id", "a.company_id")
        .select("a.id")
        .whereRef("a.user_id", "!=", "c.user_id")
        .execute(),
      await k
        .selectFrom("applications as a")
        .innerJoin("role_families as f", "f.id", "a.role_family_id")
        .select("a.id")
        .whereRef("a.user_id", "!=", "f.user_id")
        .execute(),
      await k
        .selectFrom("application_stage_changes as s")
        .innerJoin("applications as a", "a.id", "s.application_id")
        .select("s.id")
        .whereRef("s.user_id", "!=", "a.user_id")
        .execute(),
      await k
        .selectFrom("interviews as i")
        .innerJoin("applications as a", "a.id", "i.application_id")
        .select("i.id")
        .whereRef("i.user_id", "!=", "a.user_id")
        .execute(),
      await k
        .selectFrom("application_tags as t")
        .innerJoin("applications as a", "a.id", "t.application_id")
        .select("t.tag")
        .whereRef("t.user_id", "!=", "a.user_id")
        .execute(),
      await k
        .selectFrom("contacts as c")
        .innerJoin("companies as co", "co.id", "c.company_id")
        .select("c.id")
        .whereRef("c.user_id", "!=", "co.user_id")
        .execute(),
      await k
        .selectFrom("application_contacts as l")
        .innerJoin("applications as a", "a.id", "l.application_id")
        .innerJoin("contacts as c", "c.id", "l.contact_id")
        .select("l.contact_id")
        .where((eb) => eb.or([eb("l.user_id", "!=", eb.ref("a.user_id")), eb("l.user_id", "!=", eb.ref("c.user_id"))]))
        .execute(),
      await k
        .selectFrom("interview_interviewers as l")
        .innerJoin("interviews as i", "i.id", "l.interview_id")
        .innerJoin("contacts as c", "c.id", "l.contact_id")
        .select("l.contact_id")
        .where((eb) => eb.or([eb("l.user_id", "!=", eb.ref("i.user_id")), eb("l.user_id", "!=", eb.ref("c.user_id"))]))
        .execute(),
      await k
        .selectFrom("tasks as t")
        .innerJoin("applications as a", "a.id", "t.application_id")
        .select("t.id")
        .whereRef("t.user_id", "!=", "a.user_id")
        .execute(),
      await k
        .selectFrom("application_notes as n")
        .innerJoin("applications as a", "a.id", "n.application_id")
        .select("n.id")
        .whereRef("n.user_id", "!=", "a.user_id")
        .execute(),
    ];
    expect(crossed.map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
