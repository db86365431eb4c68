import type { Kysely } from "kysely";
import type { ShareItemType } from "../../../../contract/circle.ts";
import type { Database } from "../../db/schema.ts";
import type { ItemLoader, LoadedItem } from "./shared-item-text.ts";
import { loadApplication, loadDebrief, loadGrowthPlan, loadSoftLanding } from "./shared-pipeline-items.ts";
import { loadCheckIn, loadPost, loadThoughtRecord, loadWritingSession } from "./shared-private-items.ts";

const loaders: Record<ShareItemType, ItemLoader> = {
  application: loadApplication,
  debrief: loadDebrief,
  soft_landing: loadSoftLanding,
  growth_plan: loadGrowthPlan,
  post: loadPost,
  thought_record: loadThoughtRecord,
  writing_session: loadWritingSession,
  check_in: loadCheckIn,
};

/**
 * Reads the item live, scoped by the seeker, through its type's presenter, which picks only the
 * fields meant for the circle. Undefined when the item no longer exists (or is not the
 * seeker's): such a dangling share is skipped in lists and answers 404 when opened.
 */
export function loadSharedItem(
  db: Kysely<Database>,
  seekerId: string,
  itemType: ShareItemType,
  itemId: string | null,
): Promise<LoadedItem | undefined> {
  return loaders[itemType](db, seekerId, itemId);
}
