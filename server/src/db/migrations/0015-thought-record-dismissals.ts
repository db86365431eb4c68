import type { Kysely } from "kysely";

/**
 * The thinking traps the user set aside for a thought record ("Not this one"), so a dismissed
 * suggestion stays dismissed after a reload or on another device. JSON: trap keys, like
 * thinking_traps beside it. Frozen once released.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("thought_records")
    .addColumn("dismissed_traps", "text", (col) => col.notNull().defaultTo("[]"))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("thought_records").dropColumn("dismissed_traps").execute();
}
