import type { Insertable } from "kysely";
import { newId } from "../db/ids.ts";
import type { ApplicationStage, CompaniesTable, ContactsTable } from "../db/schema/pipeline.ts";
import { demoContacts } from "./demo-contacts.ts";
import { emptyPipelineRows, type PipelineRows } from "./demo-data.repo.ts";
import { demoDebriefs } from "./demo-debriefs.ts";
import { searchApplications } from "./demo-search.ts";
import { demoCompanies, storyApplications } from "./demo-story.ts";
import type { DemoApplication } from "./demo-types.ts";
import {
  addApplicationRows,
  buildApplicationRows,
  type PlannedApplication,
  type PlannedTask,
} from "./pipeline-rows.ts";
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

  const rows = emptyPipelineRows();
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

  const contactIds = planContacts(rows, companyIds, userId);
  const unusedContacts = new Set(contactIds.keys());
  const contactId = (company: string, name: string) => {
    const id = contactIds.get(`${company}\u0000${name}`);
    if (!id) throw new Error(`${company} has no demo contact named ${name}`);
    unusedContacts.delete(`${company}\u0000${name}`);
    return id;
  };
  // Notes and tasks are written in the evening, after the day's interviews.
  const eveningOf = (day: number) => new Date(dayOf(day).getTime() + 18 * 3_600_000);

  for (const app of allDemoApplications) {
    const companyId = companyIds.get(app.company);
    if (!companyId) throw new Error(`Demo application at ${app.company} has no company`);
    const rounds = (app.interviews ?? []).map((interview) => interview.round);
    // Stage changes land during a working day (08:00–19:59 UTC), so a day of -1 is always before now.
    const stages = (Object.entries(app.path) as [ApplicationStage, number][])
      .sort(([, a], [, b]) => a - b)
      .map(([stage, day]) => ({
        stage,
        at: new Date(dayOf(day).getTime() + random.int(8 * 60, 20 * 60 - 1) * 60_000),
      }));
    const plan: PlannedApplication = {
      companyId,
      companyName: app.company,
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
          notes: interview.notes,
          prep: interview.prep,
          interviewerIds: (interview.with ?? []).map((name) => contactId(app.company, name)),
          debrief: demoDebriefs[`${app.company}|${interview.round}`],
        };
      }),
      contactIds: (app.contacts ?? []).map((name) => contactId(app.company, name)),
      tasks: (app.tasks ?? []).map((task): PlannedTask => {
        const interviewIndex = task.interview === undefined ? undefined : rounds.indexOf(task.interview);
        if (interviewIndex === -1) throw new Error(`${app.company}: task "${task.title}" names an unknown round`);
        return {
          kind: task.kind,
          title: task.title,
          dueOn: task.due === undefined ? null : dayOf(task.due).toISOString().slice(0, 10),
          createdAt: eveningOf(task.created),
          doneAt: task.done === undefined ? null : eveningOf(task.done),
          interviewIndex,
          notes: task.notes,
        };
      }),
      journal: (app.journal ?? []).map((note) => ({ body: note.text, at: eveningOf(note.day) })),
    };
    addApplicationRows(rows, buildApplicationRows(userId, plan, now));
  }
  if (unusedContacts.size > 0) {
    throw new Error(`Demo contacts no application names: ${[...unusedContacts].join(", ").replaceAll("\u0000", ": ")}`);
  }
  return rows;
}

/** The demo's contacts as rows, created with their company; returns their ids by company and name. */
function planContacts(rows: PipelineRows, companyIds: Map<string, string>, userId: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const contact of demoContacts) {
    const company = rows.companies.find((row) => row.name === contact.company);
    const companyId = companyIds.get(contact.company);
    if (!company || !companyId) throw new Error(`Demo contact ${contact.name} works at an unknown company`);
    const row: Insertable<ContactsTable> = {
      id: newId(),
      user_id: userId,
      company_id: companyId,
      name: contact.name,
      role_title: contact.role,
      email: contact.email ?? null,
      phone: null,
      profile_url: null,
      notes: contact.notes ?? "",
      created_at: company.created_at,
      updated_at: company.created_at,
    };
    rows.contacts.push(row);
    ids.set(`${contact.company}\u0000${contact.name}`, row.id);
  }
  return ids;
}
