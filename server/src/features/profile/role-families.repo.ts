import type { Kysely, Selectable, Transaction } from "kysely";
import { newId, nowIso } from "../../db/ids.ts";
import type { RoleFamiliesTable } from "../../db/schema/role-families.ts";
import type { Database } from "../../db/schema.ts";

export type RoleFamilyRow = Selectable<RoleFamiliesTable>;

/** The person's own list of kinds of roles, in their chosen order. */
export class RoleFamiliesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  listForUser(userId: string, db: Kysely<Database> | Transaction<Database> = this.db): Promise<RoleFamilyRow[]> {
    return db.selectFrom("role_families").selectAll().where("user_id", "=", userId).orderBy("position").execute();
  }

  /**
   * Makes the list exactly `names`, in order: keeps rows whose name is still listed (their ids
   * may be referenced by applications), adds new ones, removes the rest. Runs inside the given
   * transaction.
   */
  async replaceForUser(trx: Transaction<Database>, userId: string, names: string[]): Promise<void> {
    const existing = await this.listForUser(userId, trx);
    const byName = new Map(existing.map((row) => [row.name.toLowerCase(), row]));
    const keep = new Set<string>();
    for (const [position, name] of names.entries()) {
      const found = byName.get(name.toLowerCase());
      if (found) {
        keep.add(found.id);
        await trx
          .updateTable("role_families")
          .set({ position, name })
          .where("user_id", "=", userId)
          .where("id", "=", found.id)
          .execute();
      } else {
        await trx
          .insertInto("role_families")
          .values({ id: newId(), user_id: userId, name, position, created_at: nowIso() })
          .execute();
      }
    }
    const remove = existing.filter((row) => !keep.has(row.id)).map((row) => row.id);
    if (remove.length > 0) {
      await trx.deleteFrom("role_families").where("user_id", "=", userId).where("id", "in", remove).execute();
    }
  }
}
