import type { Kysely, Transaction } from "kysely";
import type {
  ApplicationListQuery,
  CreateApplicationRequest,
  MoveStageRequest,
  UpdateApplicationRequest,
} from "../../../../contract/applications.ts";
import { closedStages } from "../../../../contract/applications.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { ApplicationStage } from "../../db/schema/pipeline.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { CompaniesRepo } from "../companies/companies.repo.ts";
import { ReadModelCache } from "../pipeline/read-model-cache.ts";
import { bumpPipelineRevision, pipelineRevisionOf } from "../pipeline/revision.ts";
import { presentApplication } from "./applications.presenter.ts";
import { type ApplicationRow, ApplicationsRepo, type ApplicationView } from "./applications.repo.ts";
import { buildSearchText } from "./search-text.ts";

/** Tags compared case-insensitively: the first spelling given wins. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

const dateOf = (iso: string) => iso.slice(0, 10);

/**
 * Creating, editing and moving applications. Every write is one transaction that also records
 * stage history and bumps the owner's pipeline revision, so history and caches never drift.
 */
export class ApplicationsService {
  private readonly pageCache = new ReadModelCache<Buffer>(1000);

  constructor(
    private readonly db: Kysely<Database>,
    private readonly companies: CompaniesRepo,
  ) {}

  list(actor: Actor, query: ApplicationListQuery) {
    return new ApplicationsRepo(this.db).list(actor.userId, query);
  }

  /** A table page as JSON, cached per user, revision and query (people page back and forth). */
  async listJson(actor: Actor, query: ApplicationListQuery): Promise<Buffer> {
    const revision = await pipelineRevisionOf(this.db, actor);
    return this.pageCache.get(actor.userId, revision, JSON.stringify(query), async () => {
      const page = await this.list(actor, query);
      return Buffer.from(JSON.stringify({ ...page, items: page.items.map(presentApplication) }));
    });
  }

  tags(actor: Actor): Promise<string[]> {
    return new ApplicationsRepo(this.db).allTags(actor.userId);
  }

  async get(actor: Actor, id: string): Promise<ApplicationView> {
    const view = await new ApplicationsRepo(this.db).findView(actor.userId, id);
    if (!view) throw notFound("Application");
    return view;
  }

  async create(actor: Actor, input: CreateApplicationRequest): Promise<ApplicationView> {
    const userId = actor.userId;
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const repo = new ApplicationsRepo(trx);
      const company = await this.resolveCompany(trx, userId, input);
      await this.checkReferences(repo, userId, input);
      const now = nowIso();
      const stage = input.stage ?? "wishlist";
      const tags = normaliseTags(input.tags ?? []);
      const row: ApplicationRow = {
        id,
        user_id: userId,
        company_id: company?.id ?? null,
        role_title: input.roleTitle,
        role_family_id: input.roleFamilyId ?? null,
        job_url: input.jobUrl ?? null,
        location: input.location ?? null,
        work_mode: input.workMode ?? null,
        salary_min: input.salaryMin ?? null,
        salary_max: input.salaryMax ?? null,
        salary_currency: input.salaryCurrency ?? null,
        source: input.source ?? null,
        excitement: input.excitement ?? null,
        found_on: input.foundOn ?? null,
        applied_on: input.appliedOn ?? (stage !== "wishlist" ? dateOf(now) : null),
        closed_on: input.closedOn ?? (closedStages.includes(stage) ? dateOf(now) : null),
        notes: input.notes ?? "",
        stage,
        stage_changed_at: now,
        search_text: "",
        created_at: now,
        updated_at: now,
      };
      row.search_text = searchTextOf(row, company?.name ?? null, tags);
      await repo.insert(row);
      await repo.replaceTags(userId, id, tags);
      if (input.contactIds?.length) await repo.replaceContacts(userId, id, [...new Set(input.contactIds)]);
      await repo.recordStageChange({
        id: newId(),
        user_id: userId,
        application_id: id,
        from_stage: null,
        to_stage: stage,
        changed_at: now,
      });
      await bumpPipelineRevision(trx, userId);
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, input: UpdateApplicationRequest): Promise<ApplicationView> {
    const userId = actor.userId;
    await this.db.transaction().execute(async (trx) => {
      const repo = new ApplicationsRepo(trx);
      const current = await repo.findView(userId, id);
      if (!current) throw notFound("Application");
      await this.checkReferences(repo, userId, input);

      const changes: Partial<ApplicationRow> = {};
      const set = <K extends keyof ApplicationRow>(key: K, value: ApplicationRow[K] | undefined) => {
        if (value !== undefined) changes[key] = value;
      };
      set("role_title", input.roleTitle);
      set("role_family_id", input.roleFamilyId);
      set("job_url", input.jobUrl);
      set("location", input.location);
      set("work_mode", input.workMode);
      set("salary_min", input.salaryMin);
      set("salary_max", input.salaryMax);
      set("salary_currency", input.salaryCurrency);
      set("source", input.source);
      set("excitement", input.excitement);
      set("found_on", input.foundOn);
      set("applied_on", input.appliedOn);
      set("closed_on", input.closedOn);
      set("notes", input.notes);

      let companyName = current.company_name;
      if (input.companyId !== undefined || input.companyName !== undefined) {
        const company = await this.resolveCompany(trx, userId, input);
        changes.company_id = company?.id ?? null;
        companyName = company?.name ?? null;
      }
      const merged = { ...current, ...changes };
      if (merged.salary_min != null && merged.salary_max != null && merged.salary_max < merged.salary_min) {
        throw badRequest("The salary range runs backwards.", [
          { path: "salaryMax", message: "must not be less than salaryMin" },
        ]);
      }
      if (merged.applied_on && merged.closed_on && merged.closed_on < merged.applied_on) {
        throw badRequest("The closed date is before the applied date.", [
          { path: "closedOn", message: "must not be before appliedOn" },
        ]);
      }

      const tags = input.tags !== undefined ? normaliseTags(input.tags) : current.tags;
      if (input.tags !== undefined) await repo.replaceTags(userId, id, tags);
      if (input.contactIds !== undefined) await repo.replaceContacts(userId, id, [...new Set(input.contactIds)]);

      const now = nowIso();
      if (input.stage !== undefined && input.stage !== current.stage) {
        Object.assign(changes, await this.stageChanges(repo, merged, input.stage, now));
      }
      changes.search_text = searchTextOf({ ...merged, ...changes }, companyName, tags);
      changes.updated_at = now;
      await repo.update(userId, id, changes);
      await bumpPipelineRevision(trx, userId);
    });
    return this.get(actor, id);
  }

  /** Moves an application to a stage, at a given time (default now), recording the transition. */
  async moveStage(actor: Actor, id: string, input: MoveStageRequest): Promise<ApplicationView> {
    const userId = actor.userId;
    await this.db.transaction().execute(async (trx) => {
      const repo = new ApplicationsRepo(trx);
      const current = await repo.find(userId, id);
      if (!current) throw notFound("Application");
      if (current.stage === input.stage) return;
      const at = input.at ? new Date(input.at).toISOString() : nowIso();
      if (at > new Date(Date.now() + 86_400_000).toISOString()) {
        throw badRequest("A stage change cannot be in the future.", [
          { path: "at", message: "must not be in the future" },
        ]);
      }
      const history = await repo.stageHistory(userId, id);
      const last = history.at(-1);
      // Backdating past the moment it was added is normal ("I applied on the 1st, logging it
      // now"): the creation record simply moves back with it. Past real transitions it is not.
      if (last && at < last.changed_at && last.from_stage === null) {
        await repo.backdateStageChange(userId, last.id, at);
      } else if (last && at < last.changed_at) {
        throw badRequest("A stage change cannot come before the previous one.", [
          { path: "at", message: `must not be before the previous stage change (${last.changed_at})` },
        ]);
      }
      const changes = await this.stageChanges(repo, current, input.stage, at);
      await repo.update(userId, id, { ...changes, updated_at: nowIso() });
      await bumpPipelineRevision(trx, userId);
    });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const deleted = await new ApplicationsRepo(trx).delete(actor.userId, id);
      if (!deleted) throw notFound("Application");
      await bumpPipelineRevision(trx, actor.userId);
    });
  }

  /**
   * Records the transition and returns the column changes it implies: the applied date is
   * filled on the way out of the wishlist, the closed date on the way into a final stage, and
   * cleared when a closed application is reopened.
   */
  private async stageChanges(
    repo: ApplicationsRepo,
    current: ApplicationRow,
    stage: ApplicationStage,
    at: string,
  ): Promise<Partial<ApplicationRow>> {
    await repo.recordStageChange({
      id: newId(),
      user_id: current.user_id,
      application_id: current.id,
      from_stage: current.stage,
      to_stage: stage,
      changed_at: at,
    });
    const changes: Partial<ApplicationRow> = { stage, stage_changed_at: at };
    if (stage !== "wishlist" && !current.applied_on) changes.applied_on = dateOf(at);
    if (closedStages.includes(stage)) {
      if (!current.closed_on) changes.closed_on = dateOf(at);
    } else if (current.closed_on) {
      changes.closed_on = null;
    }
    return changes;
  }

  private async resolveCompany(
    trx: Transaction<Database>,
    userId: string,
    input: { companyId?: string | null; companyName?: string },
  ): Promise<{ id: string; name: string } | null> {
    if (input.companyId) {
      const name = await new ApplicationsRepo(trx).companyName(userId, input.companyId);
      if (name === undefined) {
        throw badRequest("That company is not one of yours.", [{ path: "companyId", message: "unknown company" }]);
      }
      return { id: input.companyId, name };
    }
    if (input.companyName) return this.companies.findOrCreateByName(trx, userId, input.companyName);
    return null;
  }

  private async checkReferences(
    repo: ApplicationsRepo,
    userId: string,
    input: { roleFamilyId?: string | null; contactIds?: string[] },
  ): Promise<void> {
    if (input.roleFamilyId && !(await repo.ownsRoleFamily(userId, input.roleFamilyId))) {
      throw badRequest("That kind of role is not on your list.", [
        { path: "roleFamilyId", message: "unknown role family" },
      ]);
    }
    if (input.contactIds?.length) {
      const owned = await repo.ownedContactIds(userId, input.contactIds);
      const index = input.contactIds.findIndex((contactId) => !owned.has(contactId));
      if (index >= 0) {
        throw badRequest("One of the contacts is not one of yours.", [
          { path: `contactIds.${index}`, message: "unknown contact" },
        ]);
      }
    }
  }
}

function searchTextOf(row: ApplicationRow, companyName: string | null, tags: string[]): string {
  return buildSearchText({
    roleTitle: row.role_title,
    companyName,
    location: row.location,
    source: row.source,
    tags,
    notes: row.notes,
  });
}
