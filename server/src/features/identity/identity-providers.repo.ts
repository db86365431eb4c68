import type { Insertable, Kysely, Selectable, Updateable } from "kysely";
import type { IdentityProvidersTable } from "../../db/schema/identity.ts";
import type { Database } from "../../db/schema.ts";

export type IdentityProviderRow = Selectable<IdentityProvidersTable>;

/**
 * The owner's identity providers. They are instance-wide (not any one user's), so only the
 * owner's service writes them; sign-in reads only enabled ones by slug.
 */
export class IdentityProvidersRepo {
  constructor(private readonly db: Kysely<Database>) {}

  list(): Promise<IdentityProviderRow[]> {
    return this.db.selectFrom("identity_providers").selectAll().orderBy("created_at").orderBy("id").execute();
  }

  /** The sign-in page's buttons: enabled providers, cheapest columns only. */
  listEnabled(): Promise<Pick<IdentityProviderRow, "id" | "slug" | "display_name" | "preset">[]> {
    return this.db
      .selectFrom("identity_providers")
      .select(["id", "slug", "display_name", "preset"])
      .where("enabled", "=", 1)
      .orderBy("created_at")
      .execute();
  }

  find(id: string): Promise<IdentityProviderRow | undefined> {
    return this.db.selectFrom("identity_providers").selectAll().where("id", "=", id).executeTakeFirst();
  }

  findEnabledBySlug(slug: string): Promise<IdentityProviderRow | undefined> {
    return this.db
      .selectFrom("identity_providers")
      .selectAll()
      .where("slug", "=", slug)
      .where("enabled", "=", 1)
      .executeTakeFirst();
  }

  async insert(row: Insertable<IdentityProvidersTable>): Promise<void> {
    await this.db.insertInto("identity_providers").values(row).execute();
  }

  async update(id: string, changes: Updateable<IdentityProvidersTable>): Promise<void> {
    await this.db.updateTable("identity_providers").set(changes).where("id", "=", id).execute();
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("identity_providers").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
