import type { Insertable } from "kysely";
import { closedStages } from "../../../../contract/applications.ts";
import type { LineProblem } from "../../../../contract/imports.ts";
import { newId } from "../../db/ids.ts";
import type { ApplicationsTable, ApplicationTagsTable } from "../../db/schema/pipeline.ts";
import { buildSearchText } from "../applications/search-text.ts";
import { mergeApplication, type PlannedCreate, type PlannedUpdate } from "./import-plan.ts";
import type { ApplicationRow, ImportsRepo } from "./imports.repo.ts";
import type { ImportedApplication } from "./row-mapping.ts";

/** An existing application and what it becomes once every duplicate row for it is merged in. */
export interface ResolvedUpdate {
  before: ApplicationRow;
  beforeTags: string[];
  after: ImportedApplication;
}

/** Rows written per step: progress is reported after each. */
const writeBlock = 500;

function importedFromRow(row: ApplicationRow, tags: string[]): ImportedApplication {
  return {
    roleTitle: row.role_title,
    companyName: row.company_name ?? undefined,
    tags,
    jobUrl: row.job_url,
    location: row.location,
    workMode: row.work_mode,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    source: row.source,
    excitement: row.excitement,
    foundOn: row.found_on,
    appliedOn: row.applied_on,
    closedOn: row.closed_on,
    notes: row.notes,
    stage: row.stage,
  };
}

/**
 * Loads the applications that duplicate rows point at and merges each row in, in file order
 * (so a later line wins over an earlier one). A merge that breaks a rule refuses that line.
 */
export async function resolveUpdates(
  repo: ImportsRepo,
  userId: string,
  updates: PlannedUpdate[],
): Promise<{ resolved: ResolvedUpdate[]; failures: LineProblem[]; failedRows: number }> {
  const ids = [...new Set(updates.map((update) => update.applicationId))];
  const rows = new Map((await repo.applicationsByIds(userId, ids)).map((row) => [row.id, row]));
  const tags = new Map<string, string[]>();
  for (const { application_id, tag } of await repo.tagsOf(userId, ids)) {
    tags.set(application_id, [...(tags.get(application_id) ?? []), tag]);
  }
  const current = new Map<string, ResolvedUpdate>();
  const failures: LineProblem[] = [];
  let failedRows = 0;
  for (const update of updates) {
    const before = rows.get(update.applicationId);
    if (!before) continue;
    const beforeTags = tags.get(before.id) ?? [];
    const base = current.get(before.id)?.after ?? importedFromRow(before, beforeTags);
    const merged = mergeApplication(base, update.application, update.explicit);
    if (!merged.ok) {
      failures.push(...merged.problems.map((message) => ({ line: update.line, column: null, message })));
      failedRows += 1;
      continue;
    }
    current.set(before.id, { before, beforeTags, after: merged.value });
  }
  return { resolved: [...current.values()], failures, failedRows };
}

/** When an imported application entered its stage, as far as the file says; never in the future. */
function stageEnteredAt(app: ImportedApplication, now: string): string {
  const closed = closedStages.includes(app.stage);
  const day = (closed && app.closedOn) || (app.stage !== "wishlist" && app.appliedOn) || app.foundOn || app.appliedOn;
  if (!day) return now;
  const at = `${day}T00:00:00.000Z`;
  return at < now ? at : now;
}

/** Finds companies by name, case-insensitively, and creates the ones this user doesn't have yet. */
class CompanyResolver {
  private readonly byName = new Map<string, string>();
  readonly created: { id: string; name: string }[] = [];

  constructor(existing: { id: string; name: string }[]) {
    for (const company of existing) {
      const key = company.name.trim().toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, company.id);
    }
  }

  idFor(name: string | null | undefined): string | null {
    if (!name) return null;
    const key = name.trim().toLowerCase();
    let id = this.byName.get(key);
    if (!id) {
      id = newId();
      this.byName.set(key, id);
      this.created.push({ id, name: name.trim() });
    }
    return id;
  }
}

const searchTextOf = (app: ImportedApplication) =>
  buildSearchText({
    roleTitle: app.roleTitle,
    companyName: app.companyName,
    location: app.location,
    tags: app.tags,
    notes: app.notes,
    source: app.source,
  });

/**
 * Stores a planned import inside the caller's transaction: companies first (found or created
 * by name), then applications with their first stage-history row and tags in multi-row
 * statements, then the updates of duplicates one by one (there are usually few).
 */
export async function writeImport(
  repo: ImportsRepo,
  userId: string,
  creates: PlannedCreate[],
  updates: ResolvedUpdate[],
  now: string,
  progress: (done: number) => void,
): Promise<void> {
  const companies = new CompanyResolver(await repo.companies(userId));
  const companyIds = creates.map((create) => companies.idFor(create.application.companyName));
  const updateCompanyIds = updates.map(({ before, after }) =>
    after.companyName?.trim().toLowerCase() === before.company_name?.trim().toLowerCase()
      ? before.company_id
      : companies.idFor(after.companyName),
  );
  await repo.insertCompanies(
    companies.created.map((company) => ({
      id: company.id,
      user_id: userId,
      name: company.name,
      website: null,
      size_band: null,
      industry: null,
      notes: "",
      created_at: now,
      updated_at: now,
    })),
  );

  let done = 0;
  for (let start = 0; start < creates.length; start += writeBlock) {
    const block = creates.slice(start, start + writeBlock);
    const applications: Insertable<ApplicationsTable>[] = [];
    const stageChanges = [];
    const tags: Insertable<ApplicationTagsTable>[] = [];
    for (const [offset, { application: app }] of block.entries()) {
      const id = newId();
      const enteredAt = stageEnteredAt(app, now);
      applications.push({
        id,
        user_id: userId,
        company_id: companyIds[start + offset] ?? null,
        role_title: app.roleTitle,
        role_family_id: null,
        job_url: app.jobUrl ?? null,
        location: app.location ?? null,
        work_mode: app.workMode ?? null,
        salary_min: app.salaryMin ?? null,
        salary_max: app.salaryMax ?? null,
        salary_currency: app.salaryCurrency ?? null,
        source: app.source ?? null,
        excitement: app.excitement ?? null,
        found_on: app.foundOn ?? null,
        applied_on: app.appliedOn ?? null,
        closed_on: app.closedOn ?? null,
        notes: app.notes,
        stage: app.stage,
        stage_changed_at: enteredAt,
        search_text: searchTextOf(app),
        // The history starts when the application did, so it never predates its own record.
        created_at: enteredAt,
        updated_at: now,
      });
      stageChanges.push({
        id: newId(),
        user_id: userId,
        application_id: id,
        from_stage: null,
        to_stage: app.stage,
        changed_at: enteredAt,
      });
      for (const tag of app.tags) tags.push({ user_id: userId, application_id: id, tag });
    }
    await repo.insertApplications(applications);
    await repo.insertStageChanges(stageChanges);
    await repo.insertTags(tags);
    done += block.length;
    progress(done);
  }

  const today = now.slice(0, 10);
  for (const [index, { before, beforeTags, after }] of updates.entries()) {
    const stageChanged = after.stage !== before.stage;
    const closing = stageChanged && closedStages.includes(after.stage);
    await repo.updateApplication(userId, before.id, {
      role_title: after.roleTitle,
      company_id: updateCompanyIds[index] ?? null,
      job_url: after.jobUrl ?? null,
      location: after.location ?? null,
      work_mode: after.workMode ?? null,
      salary_min: after.salaryMin ?? null,
      salary_max: after.salaryMax ?? null,
      salary_currency: after.salaryCurrency ?? null,
      source: after.source ?? null,
      excitement: after.excitement ?? null,
      found_on: after.foundOn ?? null,
      applied_on: after.appliedOn ?? null,
      // The API's rule for a move: entering a closing stage sets the closed date when it is empty.
      closed_on: after.closedOn ?? (closing ? today : null),
      notes: after.notes,
      stage: after.stage,
      stage_changed_at: stageChanged ? now : before.stage_changed_at,
      search_text: searchTextOf(after),
      updated_at: now,
    });
    if (stageChanged) {
      await repo.insertStageChanges([
        {
          id: newId(),
          user_id: userId,
          application_id: before.id,
          from_stage: before.stage,
          to_stage: after.stage,
          changed_at: now,
        },
      ]);
    }
    const known = new Set(beforeTags.map((tag) => tag.toLowerCase()));
    const added = after.tags.filter((tag) => !known.has(tag.toLowerCase()));
    await repo.insertTags(added.map((tag) => ({ user_id: userId, application_id: before.id, tag })));
    done += 1;
    if (index % 100 === 99) progress(done);
  }
  progress(done);
}
