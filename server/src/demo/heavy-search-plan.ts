import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type { ApplicationStage, CompaniesTable, InterviewKind, WorkMode } from "../db/schema/pipeline.ts";
import type { PipelineRows } from "./demo-data.repo.ts";
import { buildApplicationRows, closingStages, type PlannedApplication } from "./pipeline-rows.ts";
import { type SeededRandom, seededRandom } from "./seeded-random.ts";

const dayMs = 86_400_000;
const namePrefixes = ["North", "Blue", "Cedar", "Silver", "Harbor", "Maple", "Granite", "Lumen", "Willow", "Copper"];
const nameSuffixes = ["Labs", "Health", "Works", "Systems", "Studio", "Analytics", "Mobility", "Energy", "Learning"];
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

/**
 * Stage paths with their share of applications. Most go deep (interviews, then an outcome) so
 * that a heavy seeker averages about five stage changes and 2.5 interviews per application.
 */
const outcomes: [share: number, path: ApplicationStage[], laterInterviews: [min: number, max: number]][] = [
  [0.03, ["wishlist"], [0, 0]],
  [0.03, ["wishlist", "applied"], [0, 0]],
  [0.04, ["wishlist", "applied", "rejected"], [0, 0]],
  [0.03, ["wishlist", "applied", "ghosted"], [0, 0]],
  [0.1, ["wishlist", "applied", "screening", "rejected"], [0, 0]],
  [0.07, ["wishlist", "applied", "screening", "interviewing"], [1, 2]],
  [0.3, ["wishlist", "applied", "screening", "interviewing", "rejected"], [1, 3]],
  [0.08, ["wishlist", "applied", "screening", "interviewing", "withdrawn"], [1, 2]],
  [0.07, ["wishlist", "applied", "screening", "interviewing", "ghosted"], [1, 2]],
  [0.05, ["wishlist", "applied", "screening", "interviewing", "offer"], [2, 4]],
  [0.1, ["wishlist", "applied", "screening", "interviewing", "offer", "accepted"], [2, 4]],
  [0.1, ["wishlist", "applied", "screening", "interviewing", "offer", "withdrawn"], [2, 4]],
];

function pickOutcome(random: SeededRandom): (typeof outcomes)[number] {
  let roll = random.next();
  for (const outcome of outcomes) {
    roll -= outcome[0];
    if (roll < 0) return outcome;
  }
  return outcomes[outcomes.length - 1] as (typeof outcomes)[number];
}

function companyName(index: number): string {
  const prefix = namePrefixes[index % namePrefixes.length];
  const suffix = nameSuffixes[Math.floor(index / namePrefixes.length) % nameSuffixes.length];
  const round = Math.floor(index / (namePrefixes.length * nameSuffixes.length));
  return round === 0 ? `${prefix} ${suffix}` : `${prefix} ${suffix} ${round + 1}`;
}

/**
 * A year of a very busy search for benchmarks: `applications` applications over
 * ceil(applications / 4) companies, spread over the 365 days before `now`, with consistent
 * stage histories and interviews (those still in progress have some in the next two weeks).
 */
export function planHeavySearch(
  userId: string,
  roleFamilyIds: string[],
  options: { applications: number; now: Date },
): PipelineRows {
  const { now } = options;
  const random = seededRandom(options.applications * 7919 + 17);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (day: number, minutes: number) => new Date(today + day * dayMs + minutes * 60_000);
  const rows: PipelineRows = { companies: [], applications: [], stageChanges: [], tags: [], interviews: [] };

  const companyCount = Math.ceil(options.applications / 4);
  for (let index = 0; index < companyCount; index += 1) {
    const createdAt = at(-366, random.int(0, 1439)).toISOString();
    const name = companyName(index);
    const company: Insertable<CompaniesTable> = {
      id: newId(),
      user_id: userId,
      name,
      website: `https://${name.toLowerCase().replaceAll(" ", "-")}.example.com`,
      size_band: random.pick(["11-50", "51-200", "201-500", "1000+"]),
      industry: null,
      notes: "",
      created_at: createdAt,
      updated_at: createdAt,
    };
    rows.companies.push(company);
  }

  for (let index = 0; index < options.applications; index += 1) {
    const [, path, [minLater, maxLater]] = pickOutcome(random);
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

    const [location, timeZone, currency] = random.pick(places);
    const interviews: PlannedApplication["interviews"] = [];
    const screeningAt = stages.find((step) => step.stage === "screening")?.at;
    if (screeningAt) {
      interviews.push(interview("Recruiter screen", "recruiter_screen", screeningAt, 1, 30, timeZone, random));
    }
    const interviewingIndex = stages.findIndex((step) => step.stage === "interviewing");
    const interviewingAt = stages[interviewingIndex]?.at;
    if (interviewingAt) {
      const ongoing = interviewingIndex === stages.length - 1;
      const rounds = random.int(minLater, maxLater);
      for (let round = 0; round < rounds; round += 1) {
        const [name, kind] = laterRounds[round % laterRounds.length] as [string, InterviewKind];
        // Finished processes fit their rounds inside the 21-day window; ongoing ones may be upcoming.
        const startDay = ongoing ? Math.min(1 + round * 4, 14) : 2 + round * 5;
        const base = ongoing ? at(0, 0) : interviewingAt;
        interviews.push(interview(name, kind, base, startDay, 60, timeZone, random));
      }
    }

    const plan: PlannedApplication = {
      companyId: rows.companies[index % companyCount]?.id ?? null,
      roleTitle: random.pick(roles),
      roleFamilyId: roleFamilyIds.length > 0 ? random.pick(roleFamilyIds) : null,
      jobUrl: `https://jobs.example.com/listings/${index + 1}`,
      location,
      workMode: random.pick(workModes),
      salary: random.chance(0.8) ? salaryIn(currency, random) : null,
      source: random.pick(sources),
      excitement: random.int(1, 5),
      notes: random.chance(0.3) ? "Follow up with the recruiter about the timeline." : "",
      tags: Array.from({ length: random.int(0, 3) }, () => random.pick(tagPool)),
      stages,
      interviews,
    };
    const built = buildApplicationRows(userId, plan, now);
    rows.applications.push(built.application);
    rows.stageChanges.push(...built.stageChanges);
    rows.tags.push(...built.tags);
    rows.interviews.push(...built.interviews);
  }
  return rows;
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
