import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type {
  ApplicationStage,
  CompaniesTable,
  ContactsTable,
  InterviewKind,
  WorkMode,
} from "../db/schema/pipeline.ts";
import { emptyPipelineRows, type PipelineRows } from "./demo-data.repo.ts";
import { planHeavyMix } from "./heavy-search-mix.ts";
import {
  addApplicationRows,
  buildApplicationRows,
  closingStages,
  type PlannedApplication,
  type PlannedDebrief,
  type PlannedPrep,
  type PlannedTask,
} from "./pipeline-rows.ts";
import { type SeededRandom, seededRandom } from "./seeded-random.ts";

const dayMs = 86_400_000;
const namePrefixes = ["North", "Blue", "Cedar", "Silver", "Harbor", "Maple", "Granite", "Lumen", "Willow", "Copper"];
const nameSuffixes = ["Labs", "Health", "Works", "Systems", "Studio", "Analytics", "Mobility", "Energy", "Learning"];
const firstNames = ["Alex", "Sam", "Noor", "Jana", "Luca", "Mina", "Tomás", "Ines", "Kofi", "Eva", "Ravi", "Lotte"];
const lastNames = ["Berg", "Costa", "Novak", "Okoye", "Silva", "Jansen", "Moreau", "Keller", "Walsh", "Haddad"];
const roles = ["User Researcher", "Senior UX Researcher", "Product Designer", "Service Designer", "Product Manager"];
const sources = ["referral", "job board", "recruiter", "company site"];
const places: [string, string, string][] = [
  ["Berlin, Germany", "Europe/Berlin", "EUR"],
  ["Amsterdam, Netherlands", "Europe/Amsterdam", "EUR"],
  ["Lisbon, Portugal", "Europe/Lisbon", "EUR"],
  ["London, UK", "Europe/London", "GBP"],
  ["Manchester, UK", "Europe/London", "GBP"],
];
const workModes: WorkMode[] = ["remote", "hybrid", "on_site"];
const tagPool = ["mission", "remote-first", "b2b", "consumer", "health-tech", "climate", "fintech", "leadership"];
const laterRounds: [string, InterviewKind][] = [
  ["Hiring manager", "hiring_manager"],
  ["Portfolio presentation", "portfolio_presentation"],
  ["Panel", "panel"],
  ["Technical exercise", "technical"],
  ["Final", "final"],
];
const journalLines = [
  "Recruiter said they are moving fast; expect news within two weeks.",
  "Good conversation about research maturity. They have no research ops yet.",
  "Salary band confirmed on the call. Within my range.",
  "The team seems stretched. Ask about workload if it goes further.",
];
const upcomingPrep: PlannedPrep = {
  caseForMe: "Mixed-methods researcher who turns findings into decisions.",
  talkingPoints: "- The diary study that changed a roadmap (STAR).\n- Research with busy, tired people.",
  questions: "- What decision is waiting on research right now?\n- How would you measure my first 90 days?",
  research: "- Read their last two product updates and the careers page.",
  learningGoal: "Pause before answering.",
};

function companyName(index: number): string {
  const prefix = namePrefixes[index % namePrefixes.length];
  const suffix = nameSuffixes[Math.floor(index / namePrefixes.length) % nameSuffixes.length];
  const round = Math.floor(index / (namePrefixes.length * nameSuffixes.length));
  return round === 0 ? `${prefix} ${suffix}` : `${prefix} ${suffix} ${round + 1}`;
}

const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/**
 * A year of a very busy search for benchmarks: `applications` applications over
 * ceil(applications / 4) companies, each with a recruiter and a hiring manager, spread over the
 * 365 days before `now`. Stage histories are consistent; there are exactly five stage changes
 * and two and a half interviews per application (see heavy-search-mix.ts); those still in
 * progress have interviews in the next two weeks. Tasks follow the interviews (a thank-you after
 * each, prep before upcoming ones) and open applications have a follow-up. Every interview
 * already held has a debrief: energy depends on the role family (the first one energizes) and
 * "how it went" leans toward what happened next, so direction insights have findings to show.
 */
export function planHeavySearch(
  userId: string,
  roleFamilyIds: string[],
  options: { applications: number; now: Date },
): PipelineRows {
  const { now } = options;
  const random = seededRandom(options.applications * 7919 + 17);
  // Debriefs draw from their own sequence, so adding them left the rest of the search as it was.
  const feel = seededRandom(options.applications * 7919 + 23);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (day: number, minutes: number) => new Date(today + day * dayMs + minutes * 60_000);
  const rows = emptyPipelineRows();

  const companyCount = Math.ceil(options.applications / 4);
  const people: { recruiter: string; manager: string }[] = [];
  for (let index = 0; index < companyCount; index += 1) {
    const createdAt = at(-366, random.int(0, 1439)).toISOString();
    const name = companyName(index);
    const company: Insertable<CompaniesTable> = {
      id: newId(),
      user_id: userId,
      name,
      website: `https://${name.toLowerCase().replaceAll(" ", "-")}.example.com`,
      size_band: random.pick(["11-50", "51-200", "201-1000", "1001-5000"]),
      industry: null,
      notes: "",
      created_at: createdAt,
      updated_at: createdAt,
    };
    rows.companies.push(company);
    const contact = (role: string): Insertable<ContactsTable> => ({
      id: newId(),
      user_id: userId,
      company_id: company.id,
      name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      role_title: role,
      email: null,
      phone: null,
      profile_url: null,
      notes: "",
      created_at: createdAt,
      updated_at: createdAt,
    });
    const recruiter = contact("Recruiter");
    const manager = contact("Hiring manager");
    rows.contacts.push(recruiter, manager);
    people.push({ recruiter: recruiter.id, manager: manager.id });
  }

  for (const [index, shape] of planHeavyMix(options.applications, random).entries()) {
    const { path } = shape;
    // Days between stages; three weeks after "interviewing" leave room for the later rounds.
    const gaps = path.map((_, step) => (step === 0 ? 0 : path[step - 1] === "interviewing" ? 21 : random.int(2, 9)));
    const span = gaps.reduce((sum, gap) => sum + gap, 0);
    // Open applications are recent; closed ones are spread over the year. Either way the last
    // change is at least a day ago.
    const open = !closingStages.has(path[path.length - 1] as ApplicationStage);
    let day = -random.int(span + 1, open ? span + 30 : 365);
    const stages = path.map((stage, step) => {
      day += gaps[step] ?? 0;
      return { stage, at: at(day, random.int(8 * 60, 20 * 60 - 1)) };
    });

    const contacts = people[index % companyCount] ?? { recruiter: "", manager: "" };
    const [location, timeZone, currency] = random.pick(places);
    const interviews: PlannedApplication["interviews"] = [];
    const screeningAt = stages.find((step) => step.stage === "screening")?.at;
    if (screeningAt) {
      const screen = interview("Recruiter screen", "recruiter_screen", screeningAt, 1, 30, timeZone, random);
      interviews.push({ ...screen, interviewerIds: [contacts.recruiter] });
    }
    const interviewingIndex = stages.findIndex((step) => step.stage === "interviewing");
    const interviewingAt = stages[interviewingIndex]?.at;
    if (interviewingAt) {
      const ongoing = interviewingIndex === stages.length - 1;
      for (let round = 0; round < shape.laterRounds; round += 1) {
        const [name, kind] = laterRounds[round % laterRounds.length] as [string, InterviewKind];
        // Finished processes fit their rounds inside the 21-day window; ongoing ones may be upcoming.
        const startDay = ongoing ? Math.min(1 + round * 4, 14) : 2 + round * 5;
        const base = ongoing ? at(0, 0) : interviewingAt;
        const later = interview(name, kind, base, startDay, 60, timeZone, random);
        const upcoming = later.startsAt.getTime() > now.getTime();
        interviews.push({ ...later, interviewerIds: [contacts.manager], prep: upcoming ? upcomingPrep : undefined });
      }
    }

    const first = stages[0]?.at ?? now;
    const tasks = interviews.map((planned, interviewIndex) => followUpOf(planned, interviewIndex, first, now));
    const last = stages[stages.length - 1];
    if (last && (last.stage === "applied" || last.stage === "screening")) {
      tasks.push({
        kind: "follow_up",
        title: "Follow up if there is no news",
        dueOn: isoDay(last.at.getTime() + 7 * dayMs),
        createdAt: last.at,
        doneAt: null,
      });
    }

    const notes = random.chance(0.3) ? "Follow up with the recruiter about the timeline." : "";
    const plan: PlannedApplication = {
      companyId: rows.companies[index % companyCount]?.id ?? null,
      companyName: rows.companies[index % companyCount]?.name ?? null,
      roleTitle: random.pick(roles),
      roleFamilyId: roleFamilyIds.length > 0 ? random.pick(roleFamilyIds) : null,
      jobUrl: `https://jobs.example.com/listings/${index + 1}`,
      location,
      workMode: random.pick(workModes),
      salary: random.chance(0.8) ? salaryIn(currency, random) : null,
      source: random.pick(sources),
      excitement: random.int(1, 5),
      notes,
      tags: Array.from({ length: random.int(0, 3) }, () => random.pick(tagPool)),
      stages,
      interviews,
      contactIds: interviews.length > 0 ? [...new Set(interviews.flatMap((row) => row.interviewerIds ?? []))] : [],
      tasks,
      journal:
        interviews.length > 0 && random.chance(0.25)
          ? [{ body: random.pick(journalLines), at: new Date(Math.min(now.getTime(), first.getTime() + dayMs)) }]
          : [],
    };
    // How each held interview felt: the first role family energizes, the others are "meh".
    const energizing = plan.roleFamilyId !== null && plan.roleFamilyId === roleFamilyIds[0];
    const reachedOffer = path.includes("offer");
    plan.interviews = plan.interviews.map((planned, interviewIndex) => {
      const advanced = reachedOffer || interviewIndex < plan.interviews.length - 1;
      const debrief = debriefOf(planned, { energizing, advanced }, now, feel);
      return debrief ? { ...planned, debrief } : planned;
    });
    addApplicationRows(rows, buildApplicationRows(userId, plan, now));
  }
  return rows;
}

/**
 * The task an interview brings: a thank-you once it is over (sent the next day, unless it
 * ended in the last two days), prep for one still to come.
 */
function followUpOf(
  planned: PlannedApplication["interviews"][number],
  interviewIndex: number,
  applicationStart: Date,
  now: Date,
): PlannedTask {
  const start = planned.startsAt.getTime();
  const end = start + planned.durationMinutes * 60_000;
  if (end <= now.getTime()) {
    const sentAt = end + dayMs;
    const recent = sentAt > now.getTime();
    return {
      kind: "thank_you",
      title: `Thank-you note after the ${planned.roundName.toLowerCase()}`,
      dueOn: isoDay(sentAt),
      createdAt: new Date(end),
      doneAt: recent ? null : new Date(sentAt),
      interviewIndex,
    };
  }
  return {
    kind: "prepare",
    title: `Prepare for the ${planned.roundName.toLowerCase()}`,
    dueOn: isoDay(start - dayMs),
    createdAt: new Date(Math.max(applicationStart.getTime(), Math.min(start - 3 * dayMs, now.getTime()))),
    doneAt: null,
    interviewIndex,
  };
}

function interview(
  roundName: string,
  kind: InterviewKind,
  from: Date,
  daysLater: number,
  durationMinutes: number,
  timeZone: string,
  random: SeededRandom,
): PlannedApplication["interviews"][number] {
  const day = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate() + daysLater);
  return {
    roundName,
    kind,
    format: random.pick(["video", "phone", "on_site"] as const),
    startsAt: new Date(day + random.int(8, 16) * 3_600_000),
    durationMinutes,
    timeZone,
    location: null,
  };
}

function salaryIn(currency: string, random: SeededRandom): { min: number; max: number; currency: string } {
  const min = random.int(40, 80) * 1000;
  return { min, max: min + random.int(5, 20) * 1000, currency };
}

const energizedWords = ["energized", "excited", "curious", "confident", "proud"] as const;
const drainedWords = ["flat", "exhausted", "anxious", "frustrated", "disappointed"] as const;
const evenWords = ["calm", "curious", "relieved", "flat"] as const;

/** The debrief of an interview that has ended, written within a few hours; none for one to come. */
function debriefOf(
  planned: PlannedApplication["interviews"][number],
  context: { energizing: boolean; advanced: boolean },
  now: Date,
  random: SeededRandom,
): PlannedDebrief | undefined {
  const endedMinutesAgo = Math.floor((now.getTime() - planned.startsAt.getTime()) / 60_000 - planned.durationMinutes);
  if (endedMinutesAgo < 1) return undefined;
  const energy = random.chance(0.05)
    ? null
    : random.pick(context.energizing ? [0, 1, 2, 2, 3, 3] : [-2, -1, -1, 0, 0, 1, 2]);
  const engagement = random.chance(0.08) ? null : random.pick(context.energizing ? [3, 4, 4, 5, 5] : [1, 2, 3, 3, 4]);
  const wentWell = random.chance(0.04) ? null : random.pick(context.advanced ? [2, 3, 4, 4, 5, 5] : [1, 2, 2, 3, 4, 5]);
  const level = energy ?? 0;
  const words = level >= 2 ? energizedWords : level <= -1 ? drainedWords : evenWords;
  return {
    energy: energy === null && engagement === null && wentWell === null ? 0 : energy,
    engagement,
    wentWell,
    flow: level >= 2 ? (random.chance(0.6) ? "yes" : "unsure") : random.pick(["no", "unsure"] as const),
    feelings: [...new Set([random.pick(words), random.pick(words)])].slice(0, random.int(1, 2)),
    minutesAfter: Math.min(random.int(20, 300), endedMinutesAgo),
  };
}
