import type { Kysely } from "kysely";
import type {
  ActionItemStatus,
  CreateActionItemRequest,
  LearningGoalSuggestion,
  UpdateActionItemRequest,
} from "../../../../contract/growth.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { type ActionItemRow, ActionItemsRepo, type ActionItemView } from "./action-items.repo.ts";
import { checkLinks } from "./growth-owned.ts";

/**
 * The growth plan. An item done somewhere ("where did it pay off?") shows on that application
 * as a win, so a write that touches an item linked to an application bumps the pipeline
 * revision; the rest of the plan is not on any application page.
 */
export class ActionItemsService {
  constructor(private readonly db: Kysely<Database>) {}

  async get(actor: Actor, id: string): Promise<ActionItemView> {
    const found = await new ActionItemsRepo(this.db).find(actor.userId, id);
    if (!found) throw notFound("Action item");
    return found;
  }

  list(actor: Actor, filter: { status?: ActionItemStatus; applicationId?: string }) {
    return new ActionItemsRepo(this.db).list(actor.userId, filter);
  }

  async create(actor: Actor, input: CreateActionItemRequest, now = new Date()): Promise<ActionItemView> {
    const at = now.toISOString();
    const id = newId();
    const status = input.status ?? "todo";
    await this.db.transaction().execute(async (trx) => {
      await checkLinks(trx, actor.userId, input);
      await new ActionItemsRepo(trx).insert({
        id,
        user_id: actor.userId,
        title: input.title,
        notes: input.notes ?? "",
        status,
        target_date: input.targetDate ?? null,
        feedback_item_id: input.feedbackItemId ?? null,
        application_id: input.applicationId ?? null,
        done_at: status === "done" ? at : null,
        created_at: at,
        updated_at: at,
      });
      if (input.applicationId) await bumpPipelineRevision(trx, actor.userId);
    });
    return this.get(actor, id);
  }

  /** Changes what was sent. Done sets doneAt (kept while it stays done); reopening clears it. */
  async update(actor: Actor, id: string, input: UpdateActionItemRequest, now = new Date()): Promise<ActionItemView> {
    const at = now.toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new ActionItemsRepo(trx);
      const existing = await repo.findRow(actor.userId, id);
      if (!existing) throw notFound("Action item");
      await checkLinks(trx, actor.userId, input);
      const changes: Partial<ActionItemRow> = { updated_at: at };
      if (input.title !== undefined) changes.title = input.title;
      if (input.notes !== undefined) changes.notes = input.notes;
      if (input.targetDate !== undefined) changes.target_date = input.targetDate;
      if (input.feedbackItemId !== undefined) changes.feedback_item_id = input.feedbackItemId;
      if (input.applicationId !== undefined) changes.application_id = input.applicationId;
      if (input.status !== undefined) {
        changes.status = input.status;
        changes.done_at = input.status === "done" ? (existing.done_at ?? at) : null;
      }
      await repo.update(actor.userId, id, changes);
      if (existing.application_id || input.applicationId) await bumpPipelineRevision(trx, actor.userId);
    });
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const removed = await new ActionItemsRepo(trx).delete(actor.userId, id);
      if (!removed) throw notFound("Action item");
      if (removed.application_id) await bumpPipelineRevision(trx, actor.userId);
    });
  }

  /** Open items (doing first), each phrased as a learning goal for the next interview. */
  async learningGoalSuggestions(actor: Actor): Promise<LearningGoalSuggestion[]> {
    const open = (await this.list(actor, {})).filter((item) => item.status !== "done").slice(0, 5);
    return open.map((item) => ({ actionItemId: item.id, title: item.title, learningGoal: asLearningGoal(item.title) }));
  }
}

/**
 * A learning goal is about practising, not performing ("Practise: quantify the impact in my
 * stories"): the title keeps its words, without a closing full stop.
 */
export function asLearningGoal(title: string): string {
  return `Practise: ${title.trim().replace(/[.!]+$/, "")}`;
}
