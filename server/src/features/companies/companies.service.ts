import type { Kysely, Transaction } from "kysely";
import type { CompanyListQuery, CreateCompanyRequest, UpdateCompanyRequest } from "../../../../contract/companies.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { conflict, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { ContactListRow, ContactsRepo } from "../contacts/contacts.repo.ts";
import { decodeNameCursor, encodeCursor } from "../pipeline/cursor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import type { CompaniesRepo, CompanyApplicationRow, CompanyChanges, CompanyListRow } from "./companies.repo.ts";
import { refreshApplicationSearchText } from "./search-text-refresh.repo.ts";

export interface CompanyPage {
  rows: CompanyListRow[];
  nextCursor: string | null;
}

export interface CompanyDetailRows {
  company: CompanyListRow;
  applications: CompanyApplicationRow[];
  contacts: ContactListRow[];
}

/** The acting user's companies: listing, the company page, and edits that keep search in step. */
export class CompaniesService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly companies: CompaniesRepo,
    private readonly contacts: ContactsRepo,
  ) {}

  /** One page by name; `q` matches the name ignoring case. */
  async list(actor: Actor, query: CompanyListQuery): Promise<CompanyPage> {
    const after = decodeNameCursor(query.cursor);
    const rows = await this.companies.list(actor.userId, { q: query.q || undefined, limit: query.limit + 1, after });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor(last.sort_key, last.id) : null;
    return { rows: page, nextCursor };
  }

  /** The company with its applications in brief and its contacts. */
  async detail(actor: Actor, id: string): Promise<CompanyDetailRows> {
    const company = await this.companies.findById(actor.userId, id);
    if (!company) throw notFound("Company");
    const [applications, contacts] = await Promise.all([
      this.companies.listApplications(actor.userId, id),
      this.contacts.listForCompany(actor.userId, id),
    ]);
    return { company, applications, contacts };
  }

  async create(actor: Actor, input: CreateCompanyRequest): Promise<CompanyListRow> {
    return this.db.transaction().execute(async (trx) => {
      // Bump first: it locks the user's row, so a concurrent writer waits here and then sees our insert.
      await bumpPipelineRevision(trx, actor.userId);
      await this.refuseDuplicateName(trx, actor.userId, input.name);
      const now = nowIso();
      const id = newId();
      await this.companies.insert(trx, {
        id,
        user_id: actor.userId,
        name: input.name,
        website: input.website ?? null,
        size_band: input.sizeBand ?? null,
        industry: input.industry ?? null,
        notes: input.notes ?? "",
        created_at: now,
        updated_at: now,
      });
      return this.reread(trx, actor.userId, id);
    });
  }

  /** Applies the given fields; a new name is refreshed into the search text of its applications. */
  async update(actor: Actor, id: string, input: UpdateCompanyRequest): Promise<CompanyListRow> {
    return this.db.transaction().execute(async (trx) => {
      await bumpPipelineRevision(trx, actor.userId);
      const existing = await this.companies.findById(actor.userId, id, trx);
      if (!existing) throw notFound("Company");
      const renamed = input.name !== undefined && input.name !== existing.name;
      if (renamed && input.name !== undefined) await this.refuseDuplicateName(trx, actor.userId, input.name, id);
      await this.companies.update(trx, actor.userId, id, toChanges(input));
      if (renamed) {
        await refreshApplicationSearchText(
          trx,
          actor.userId,
          await this.companies.applicationIds(trx, actor.userId, id),
        );
      }
      return this.reread(trx, actor.userId, id);
    });
  }

  /** Deletes the company. Its applications and contacts stay, without a company. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await bumpPipelineRevision(trx, actor.userId);
      // Read before the delete: the foreign key then sets their company_id to null.
      const applicationIds = await this.companies.applicationIds(trx, actor.userId, id);
      if (!(await this.companies.delete(trx, actor.userId, id))) throw notFound("Company");
      await refreshApplicationSearchText(trx, actor.userId, applicationIds);
    });
  }

  private async refuseDuplicateName(trx: Transaction<Database>, userId: string, name: string, exceptId?: string) {
    const clash = await this.companies.findByName(trx, userId, name, exceptId);
    if (clash) {
      throw conflict(`You already have a company called "${clash.name}".`, [
        { path: "name", message: "is already used by another of your companies" },
      ]);
    }
  }

  private async reread(trx: Transaction<Database>, userId: string, id: string): Promise<CompanyListRow> {
    const row = await this.companies.findById(userId, id, trx);
    if (!row) throw notFound("Company");
    return row;
  }
}

/** Only the fields present in the request; undefined means "leave as it is". */
function toChanges(input: UpdateCompanyRequest): CompanyChanges {
  const changes: CompanyChanges = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.website !== undefined) changes.website = input.website;
  if (input.sizeBand !== undefined) changes.size_band = input.sizeBand;
  if (input.industry !== undefined) changes.industry = input.industry;
  if (input.notes !== undefined) changes.notes = input.notes;
  return changes;
}
