import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/database.ts";
import type { Services } from "../services.ts";
import { buildUser } from "../testing/factories.ts";
import { dialects } from "../testing/test-database.ts";
import { DemoDataRepo } from "./demo-data.repo.ts";
import { seedDemoAccount, seedHeavySeeker } from "./demo-seed.ts";
import { demoEmail, expectSearchTextsUpToDate, now, openSeedTarget, pipelineOf } from "./demo-test-fixture.ts";

// The heavy seeker (benchmark-scale data): exact counts, consistent rows, and no row linked across users.
describe.each(dialects)("the heavy-seeker seed on %s", (dialect) => {
  let db: Db;
  let services: Services;
  beforeAll(async () => {
    ({ db, services } = await openSeedTarget(dialect));
  });
  afterAll(async () => db.close());

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
