import type { Kysely } from "kysely";
import type { OutboxKind, OutboxStatus } from "../../../../contract/outbox.ts";
import type { Database } from "../../db/schema.ts";

export interface RecipientRow {
  id: string;
  name: string;
  email: string | null;
  role_title: string | null;
}

export interface SentToApplicationRow {
  id: string;
  kind: OutboxKind;
  status: OutboxStatus;
  created_at: string;
  sent_at: string | null;
}

/** What the composer reads about an application beyond its own row; every query scoped by owner. */
export class ComposerRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** The application's contacts and the interview's interviewers (with their emails), by name. */
  async recipients(userId: string, applicationId: string, interviewId: string | null): Promise<RecipientRow[]> {
    const linked = this.db
      .selectFrom("application_contacts as l")
      .innerJoin("contacts as p", (join) => join.onRef("p.id", "=", "l.contact_id").on("p.user_id", "=", userId))
      .select(["p.id", "p.name", "p.email", "p.role_title"])
      .where("l.user_id", "=", userId)
      .where("l.application_id", "=", applicationId);
    const query = interviewId
      ? linked.union(
          this.db
            .selectFrom("interview_interviewers as l")
            .innerJoin("contacts as p", (join) => join.onRef("p.id", "=", "l.contact_id").on("p.user_id", "=", userId))
            .select(["p.id", "p.name", "p.email", "p.role_title"])
            .where("l.user_id", "=", userId)
            .where("l.interview_id", "=", interviewId),
        )
      : linked;
    const rows = await query.execute();
    return rows.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  }

  async contact(userId: string, contactId: string): Promise<RecipientRow | undefined> {
    return this.db
      .selectFrom("contacts")
      .select(["id", "name", "email", "role_title"])
      .where("user_id", "=", userId)
      .where("id", "=", contactId)
      .executeTakeFirst();
  }

  async interviewerIds(userId: string, interviewId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom("interview_interviewers")
      .select("contact_id")
      .where("user_id", "=", userId)
      .where("interview_id", "=", interviewId)
      .execute();
    return new Set(rows.map((row) => row.contact_id));
  }

  /** Messages queued for the application, oldest first, cancelled ones left out. */
  messagesFor(userId: string, applicationId: string): Promise<SentToApplicationRow[]> {
    return this.db
      .selectFrom("outbox_messages")
      .select(["id", "kind", "status", "created_at", "sent_at"])
      .where("user_id", "=", userId)
      .where("application_id", "=", applicationId)
      .where("status", "!=", "cancelled")
      .orderBy("id")
      .execute();
  }

  async displayName(userId: string): Promise<string> {
    const row = await this.db.selectFrom("users").select("display_name").where("id", "=", userId).executeTakeFirst();
    return row?.display_name ?? "";
  }
}
