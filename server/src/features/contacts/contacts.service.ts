import type { Kysely, Transaction } from "kysely";
import type { ContactListQuery, CreateContactRequest, UpdateContactRequest } from "../../../../contract/contacts.ts";
import { newId, nowIso } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import type { CompaniesRepo } from "../companies/companies.repo.ts";
import { decodeNameCursor, encodeCursor } from "../pipeline/cursor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import type {
  ContactChanges,
  ContactListRow,
  ContactsRepo,
  LinkedApplicationRow,
  LinkedInterviewRow,
} from "./contacts.repo.ts";

export interface ContactPage {
  rows: ContactListRow[];
  nextCursor: string | null;
}

export interface ContactDetailRows {
  contact: ContactListRow;
  applications: LinkedApplicationRow[];
  interviews: LinkedInterviewRow[];
}

/** The acting user's contacts: the people met along the way, and where they came up. */
export class ContactsService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly contacts: ContactsRepo,
    private readonly companies: CompaniesRepo,
  ) {}

  /** One page by name; `q` matches name, email or role title; `companyId` narrows to one company. */
  async list(actor: Actor, query: ContactListQuery): Promise<ContactPage> {
    const after = decodeNameCursor(query.cursor);
    const rows = await this.contacts.list(actor.userId, {
      q: query.q || undefined,
      companyId: query.companyId,
      limit: query.limit + 1,
      after,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor(last.sort_key, last.id) : null;
    return { rows: page, nextCursor };
  }

  /** The contact with the applications it is linked to and the interviews it sat on. */
  async detail(actor: Actor, id: string): Promise<ContactDetailRows> {
    const contact = await this.contacts.findById(actor.userId, id);
    if (!contact) throw notFound("Contact");
    const [applications, interviews] = await Promise.all([
      this.contacts.linkedApplications(actor.userId, id),
      this.contacts.linkedInterviews(actor.userId, id),
    ]);
    return { contact, applications, interviews };
  }

  async create(actor: Actor, input: CreateContactRequest): Promise<ContactListRow> {
    return this.db.transaction().execute(async (trx) => {
      await bumpPipelineRevision(trx, actor.userId);
      await this.requireOwnCompany(trx, actor.userId, input.companyId);
      const now = nowIso();
      const id = newId();
      await this.contacts.insert(trx, {
        id,
        user_id: actor.userId,
        company_id: input.companyId ?? null,
        name: input.name,
        role_title: input.roleTitle ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        profile_url: input.profileUrl ?? null,
        notes: input.notes ?? "",
        created_at: now,
        updated_at: now,
      });
      return this.reread(trx, actor.userId, id);
    });
  }

  async update(actor: Actor, id: string, input: UpdateContactRequest): Promise<ContactListRow> {
    return this.db.transaction().execute(async (trx) => {
      await bumpPipelineRevision(trx, actor.userId);
      if (!(await this.contacts.findById(actor.userId, id, trx))) throw notFound("Contact");
      await this.requireOwnCompany(trx, actor.userId, input.companyId);
      await this.contacts.update(trx, actor.userId, id, toChanges(input));
      return this.reread(trx, actor.userId, id);
    });
  }

  /** Deletes the contact and its links; the applications and interviews stay. */
  async remove(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await bumpPipelineRevision(trx, actor.userId);
      if (!(await this.contacts.delete(trx, actor.userId, id))) throw notFound("Contact");
    });
  }

  /** A contact may only point at the user's own company; anything else is a 400 naming companyId. */
  private async requireOwnCompany(trx: Transaction<Database>, userId: string, companyId: string | null | undefined) {
    if (!companyId) return;
    if (!(await this.companies.exists(trx, userId, companyId))) {
      throw badRequest("Invalid body: companyId is not one of your companies", [
        { path: "companyId", message: "must be one of your companies" },
      ]);
    }
  }

  private async reread(trx: Transaction<Database>, userId: string, id: string): Promise<ContactListRow> {
    const row = await this.contacts.findById(userId, id, trx);
    if (!row) throw notFound("Contact");
    return row;
  }
}

/** Only the fields present in the request; undefined means "leave as it is". */
function toChanges(input: UpdateContactRequest): ContactChanges {
  const changes: ContactChanges = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.roleTitle !== undefined) changes.role_title = input.roleTitle;
  if (input.email !== undefined) changes.email = input.email;
  if (input.phone !== undefined) changes.phone = input.phone;
  if (input.profileUrl !== undefined) changes.profile_url = input.profileUrl;
  if (input.companyId !== undefined) changes.company_id = input.companyId;
  if (input.notes !== undefined) changes.notes = input.notes;
  return changes;
}
