import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";

/**
 * A message about an application shows on its timeline with its status, so a status change
 * bumps the owner's pipeline revision (in the caller's transaction) and the cached
 * application page is rebuilt. Messages about no application change nothing there.
 */
export async function bumpRevisionsForMessages(
  trx: Kysely<Database>,
  changed: readonly { user_id: string; application_id: string | null }[],
): Promise<void> {
  const owners = new Set(changed.filter((row) => row.application_id !== null).map((row) => row.user_id));
  for (const userId of owners) await bumpPipelineRevision(trx, userId);
}
