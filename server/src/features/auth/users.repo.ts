import type { Kysely, Selectable } from "kysely";
import { newId, nowIso } from "../../db/ids.ts";
import { preparedQuery } from "../../db/prepared-query.ts";
import type { UsersTable } from "../../db/schema/users.ts";
import type { Database } from "../../db/schema.ts";

export type UserRow = Selectable<UsersTable>;

/** What every request needs to know about its caller, read together with the session or token. */
export type CallerRow = Pick<UserRow, "id" | "role" | "pipeline_revision">;

/** Users are their own owners: every lookup is by the acting user's id or by sign-in email. */
export class UsersRepo {
  constructor(private readonly db: Kysely<Database>) {}

  findById(userId: string): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
  }

  private countQuery?: () => Promise<{ n: number }[]>;

  /** Prepared on first use: the session bootstrap asks whether the server still needs an owner. */
  async count(): Promise<number> {
    this.countQuery ??= preparedQuery(this.db, 0, () =>
      this.db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")),
    );
    const [row] = await this.countQuery();
    return Number(row?.n ?? 0);
  }

  async insert(user: {
    email: string;
    displayName: string;
    passwordHash: string | null;
    role: UserRow["role"];
  }): Promise<UserRow> {
    const now = nowIso();
    const row: UserRow = {
      id: newId(),
      email: user.email.toLowerCase(),
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      onboarded_at: null,
      ghost_after_weeks: 6,
      pipeline_revision: 0,
      debrief_reminder_email: 0,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto("users").values(row).execute();
    return row;
  }

  async updatePassword(userId: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set({ password_hash: passwordHash, updated_at: nowIso() })
      .where("id", "=", userId)
      .execute();
  }

  async updateDisplayName(userId: string, displayName: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set({ display_name: displayName, updated_at: nowIso() })
      .where("id", "=", userId)
      .execute();
  }

  async markOnboarded(userId: string, displayName: string): Promise<void> {
    const now = nowIso();
    await this.db
      .updateTable("users")
      .set({ display_name: displayName, onboarded_at: now, updated_at: now })
      .where("id", "=", userId)
      .execute();
  }
}
