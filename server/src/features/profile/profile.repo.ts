import type { Kysely } from "kysely";
import { preparedQuery } from "../../db/prepared-query.ts";
import type { Database } from "../../db/schema.ts";
import { UnchangedDatabaseMemo } from "../../db/unchanged-database-memo.ts";
import type { UserRow } from "../auth/users.repo.ts";
import type { RoleFamilyRow } from "./role-families.repo.ts";

const prepareProfileQuery = (db: Kysely<Database>) =>
  preparedQuery(db, 1, (userId: string) =>
    db
      .selectFrom("users as u")
      .leftJoin("role_families as f", (join) => join.onRef("f.user_id", "=", "u.id").on("f.user_id", "=", userId))
      .selectAll("u")
      .select([
        "f.id as family_id",
        "f.name as family_name",
        "f.position as family_position",
        "f.created_at as family_created_at",
      ])
      .where("u.id", "=", userId),
  );

type Profile = { user: UserRow; families: RoleFamilyRow[] };

/**
 * The profile page's read: the user and their role families in one prepared query. Every page
 * load asks, so it is remembered until the database changes (callers must not change it).
 */
export class ProfileRepo {
  private readonly profileQuery: ReturnType<typeof prepareProfileQuery>;
  private readonly profiles: UnchangedDatabaseMemo<Profile | undefined>;

  constructor(db: Kysely<Database>) {
    this.profileQuery = prepareProfileQuery(db);
    this.profiles = new UnchangedDatabaseMemo(db);
  }

  findWithFamilies(userId: string): Promise<Profile | undefined> {
    return this.profiles.get(userId, () => this.queryWithFamilies(userId));
  }

  private async queryWithFamilies(userId: string): Promise<Profile | undefined> {
    const rows = await this.profileQuery(userId);
    const first = rows[0];
    if (!first) return undefined;
    const { family_id, family_name, family_position, family_created_at, ...user } = first;
    const families: RoleFamilyRow[] = [];
    for (const row of rows) {
      if (row.family_id === null || row.family_name === null) continue;
      families.push({
        id: row.family_id,
        user_id: userId,
        name: row.family_name,
        position: Number(row.family_position),
        created_at: row.family_created_at ?? "",
      });
    }
    // Sorted here: a handful of rows, and ORDER BY made SQLite build a temporary B-tree each time.
    families.sort((a, b) => a.position - b.position);
    return {
      user: {
        ...user,
        ghost_after_weeks: Number(user.ghost_after_weeks),
        pipeline_revision: Number(user.pipeline_revision),
      },
      families,
    };
  }
}
