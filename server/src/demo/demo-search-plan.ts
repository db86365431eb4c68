import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type { ApplicationStage, CompaniesTable } from "../db/schema/pipeline.ts";
import type { PipelineRows } from "./demo-data.repo.ts";
import { searchApplications } from "./demo-search.ts";
import { type DemoApplication, demoCompanies, storyApplications } from "./demo-story.ts";
import { buildApplicationRows, type PlannedApplication } from "./pipeline-rows.ts";
import { seededRandom } from "./seeded-random.ts";
import { zonedTimeToUtc } from "./zoned-time.ts";

const dayMs = 86_400_000;
const homeZone = "Europe/Berlin";

/** Every hand-written application of the demo search, the story first. */
export const allDemoApplications: DemoApplication[] = [...storyApplications, ...searchApplications];

/** "Harbor & Pine" → "harbor-and-pine", for example.com URLs. */
export const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replaceAll("&", "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Where a posting would live, depending on how she found it. */
function jobUrlOf(app: DemoApplication): string | null {
  const company = slugOf(app.company);
  const role = slugOf(app.role);
  if (app.source === "job board") return `https://jobs.example.com/listings/${company}-${role}`;
  if (app.source === "recruiter") return null;
  return `https://${company}.example.com/careers/${role}`;
}

/**
 * Turns the hand-written search into rows for one user, with every day counted back from
 * `now`. The same `now` gives the same rows (apart from ids): the only randomness is the
 * time of day of each stage change, drawn from a fixed seed.
 */
export function planDemoSearch(userId: string, roleFamilyIds: Map<string, string>, now: Date): PipelineRows {
  const random = seededRandom(20_240_907);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const dayOf = (offset: number) => new Date(today + offset * dayMs);

  const rows: PipelineRows = { companies: [], applications: [], stageChanges: [], tags: [], interviews: [] };
  const companyIds = new Map<string, string>();
  for (const [name, industry, sizeBand, notes] of demoCompanies) {
    const firstDay = Math.min(
      ...allDemoApplications.filter((app) => app.company === name).flatMap((app) => Object.values(app.path)),
    );
    if (!Number.isFinite(firstDay)) throw new Error(`Demo company ${name} has no application`);
    const createdAt = new Date(dayOf(firstDay).getTime() + 7 * 3_600_000).toISOString();
    const company: Insertable<CompaniesTable> = {
      id: newId(),
      user_id: userId,
      name,
      website: `https://${slugOf(name)}.example.com`,
      size_band: sizeBand,
      industry,
      notes,
      created_at: createdAt,
      updated_at: createdAt,
    };
    companyIds.set(name, company.id);
    rows.companies.push(company);
  }

  for (const app of allDemoApplications) {
    const companyId = companyIds.get(app.company);
    if (!companyId) throw new Error(`Demo application at ${app.company} has no company`);
    // Stage changes land during a working day (08:00–19:59 UTC), so a day of -1 is always before now.
    const stages = (Object.entries(app.path) as [ApplicationStage, number][])
      .sort(([, a], [, b]) => a - b)
      .map(([stage, day]) => ({
        stage,
        at: new Date(dayOf(day).getTime() + random.int(8 * 60, 20 * 60 - 1) * 60_000),
      }));
    const plan: PlannedApplication = {
      companyId,
      roleTitle: app.role,
      roleFamilyId: roleFamilyIds.get(app.family) ?? null,
      jobUrl: jobUrlOf(app),
      location: app.location,
      workMode: app.mode,
      salary: { min: app.salary[0], max: app.salary[1], currency: app.salary[2] },
      source: app.source,
      excitement: app.excitement,
      notes: app.notes ?? "",
      tags: app.tags,
      stages,
      interviews: (app.interviews ?? []).map((interview) => {
        const [hour = 0, minute = 0] = interview.at.split(":").map(Number);
        const timeZone = app.zone ?? homeZone;
        return {
          roundName: interview.round,
          kind: interview.kind,
          format: interview.format,
          startsAt: zonedTimeToUtc(dayOf(interview.day), hour, minute, timeZone),
          durationMinutes: interview.minutes,
          timeZone,
          location: interview.location ?? null,
        };
      }),
    };
    const built = buildApplicationRows(userId, plan, now);
    rows.applications.push(built.application);
    rows.stageChanges.push(...built.stageChanges);
    rows.tags.push(...built.tags);
    rows.interviews.push(...built.interviews);
  }
  return rows;
}
