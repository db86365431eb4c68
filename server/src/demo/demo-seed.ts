import { randomInt } from "node:crypto";
import { password as passwordRule } from "../../../contract/common.ts";
import { defaultRoleFamilies } from "../../../contract/me.ts";
import type { Db } from "../db/database.ts";
import { isUniqueViolation } from "../db/dialect.ts";
import { hashPassword } from "../features/auth/password-hasher.ts";
import { UsersRepo } from "../features/auth/users.repo.ts";
import { RoleFamiliesRepo } from "../features/profile/role-families.repo.ts";
import type { Services } from "../services.ts";
import { demoMentor, demoMentorEmail, insertDemoCircle, planDemoCircle } from "./demo-circle.ts";
import { countsOf, DemoDataRepo, type PipelineCounts } from "./demo-data.repo.ts";
import { insertDemoGrowth, planDemoGrowth } from "./demo-growth.ts";
import { insertDemoResilience, planDemoResilience } from "./demo-resilience.ts";
import { planDemoSearch } from "./demo-search-plan.ts";
import { demoProfile } from "./demo-story.ts";
import { planHeavySearch } from "./heavy-search-plan.ts";

export const defaultDemoEmail = "demo@debrief.local";

// 48 words: 48³ × 90 ≈ 10 million passwords, ample against throttled online guessing.
const passwordWords = `otter maple lantern harbor meadow pebble cobalt willow juniper falcon ember tidal
  orchid summit velvet cedar quartz saffron thistle marble heron fennel glacier canyon
  puffin walnut comet lagoon birch sorrel ginger harvest beacon prairie kestrel lupin
  nutmeg pepper raven salmon tundra violet yarrow zephyr basil clover dune fjord`.split(/\s+/);

/** Three words and a number, e.g. "otter-lantern-cedar-42": easy to read off a terminal and type. */
function memorablePassword(): string {
  const word = () => passwordWords[randomInt(passwordWords.length)];
  return `${word()}-${word()}-${word()}-${randomInt(10, 100)}`;
}

/**
 * Creates the demo account — Maya, onboarded, with three months of search ending at `now` —
 * unless an account with that email exists, in which case it changes nothing and returns
 * created: false (and an empty password, since the real one is unknown).
 *
 * The account is inserted directly rather than through AuthService.register: seeding is an
 * operator action (CLI, tests), so it must work when registration is closed or invite-only,
 * and the account, its onboarding and its search must land in ONE transaction — a half-made
 * demo account would make every later call answer "already exists" with nothing to show.
 * It keeps register's one rule that matters: on an empty instance the first account is the owner.
 */
export async function seedDemoAccount(
  services: Services,
  options: { email?: string; password?: string; now?: Date } = {},
): Promise<{ email: string; password: string; created: boolean }> {
  const email = (options.email ?? defaultDemoEmail).trim().toLowerCase();
  const now = options.now ?? new Date();
  const kysely = services.db.kysely;
  const notCreated = { email, password: "", created: false };
  if (await new UsersRepo(kysely).findByEmail(email)) return notCreated;

  const password = options.password ?? memorablePassword();
  // The same rule as registration, so the demo account can always sign in through the web app.
  const checked = passwordRule.safeParse(password);
  if (!checked.success) throw new Error(`The demo password ${checked.error.issues[0]?.message ?? "is not valid"}`);
  // Hashed before the transaction: argon2 takes a while and SQLite would hold its write lock.
  const passwordHash = await hashPassword(password);
  try {
    await kysely.transaction().execute(async (trx) => {
      const users = new UsersRepo(trx);
      const isFirst = (await users.count()) === 0;
      const user = await users.insert({
        email,
        displayName: demoProfile.displayName,
        passwordHash,
        role: isFirst ? "owner" : "member",
      });
      if (isFirst) await services.instance.recordOwner(trx, user.id);
      await users.markOnboarded(user.id, demoProfile.displayName);
      await new RoleFamiliesRepo(trx).replaceForUser(trx, user.id, [...demoProfile.roleFamilies]);
      const data = new DemoDataRepo(trx);
      const pipeline = planDemoSearch(user.id, await data.roleFamilyIds(user.id), now);
      await data.insertPipeline(pipeline);
      await insertDemoGrowth(trx, planDemoGrowth(user.id, pipeline, now));
      await insertDemoResilience(trx, planDemoResilience(user.id, now, pipeline));
      // The mentor in Maya's circle: an account without a password, shown from Maya's side.
      if (!(await users.findByEmail(demoMentorEmail(email)))) {
        const mentor = await users.insert({
          email: demoMentorEmail(email),
          displayName: demoMentor.displayName,
          passwordHash: null,
          role: "member",
        });
        await users.markOnboarded(mentor.id, demoMentor.displayName);
        await insertDemoCircle(trx, planDemoCircle(user.id, mentor.id, pipeline, now));
      }
    });
  } catch (error) {
    // Another seed with the same email won the race: same answer as if it had come first.
    if (isUniqueViolation(error) && (await new UsersRepo(kysely).findByEmail(email))) return notCreated;
    throw error;
  }
  return { email, password, created: true };
}

/**
 * Bulk data for benchmarks: adds `applications` applications (over N/4 companies with two
 * contacts each; exactly 2.5 interviews held, each debriefed, and 5 stage changes per application,
 * plus the rounds still to come of open applications; tasks and notes)
 * to an existing user, in one transaction of multi-row inserts. Gives the user the default role families first if they have none, so per-family
 * queries have something to group by. Returns what it inserted.
 */
export async function seedHeavySeeker(
  db: Db,
  userId: string,
  options: { applications: number; now?: Date },
): Promise<PipelineCounts> {
  const now = options.now ?? new Date();
  return db.kysely.transaction().execute(async (trx) => {
    const data = new DemoDataRepo(trx);
    let families = await data.roleFamilyIds(userId);
    if (families.size === 0) {
      await new RoleFamiliesRepo(trx).replaceForUser(trx, userId, [...defaultRoleFamilies]);
      families = await data.roleFamilyIds(userId);
    }
    const rows = planHeavySearch(userId, [...families.values()], { applications: options.applications, now });
    await data.insertPipeline(rows);
    return countsOf(rows);
  });
}
