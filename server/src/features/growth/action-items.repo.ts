import type { Kysely, Selectable, Updateable } from "kysely";
import type { ActionItemStatus } from "../../../../contract/growth.ts";
import type { ActionItemsTable } from "../../db/schema/growth.ts";
import type { Database } from "../../db/schema.ts";

export type ActionItemRow = Selectable<ActionItemsTable>;

/** An action item with the text of its source feedback item and its application's title. */
export interface ActionItemView extends ActionItemRow {
  feedback_item_text: string | null;
  feedback_entry_id: string | null;
  application_title: string | null;
}

/** The growth plan's action items; every query scoped by owner, on every table it joins. */
export class ActionItemsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private view(userId: string) {
    return this.db
      .selectFrom("action_items as ai")
      .leftJoin("feedback_items as fi", (join) =>
        join.onRef("fi.id", "=", "ai.feedback_item_id").on("fi.user_id", "=", userId),
      )
      .leftJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "ai.application_id").on("a.user_id", "=", userId),
      )
      .leftJoin("companies as c", (join) => join.onRef("c.id", "=", "a.company_id").on("c.user_id", "=", userId))
      .selectAll("ai")
      .select([
        "fi.text as feedback_item_text",
        "fi.entry_id as feedback_entry_id",
        "a.role_title",
        "c.name as company_name",
      ])
      .where("ai.user_id", "=", userId);
  }

  private static toView(
    row: ActionItemRow & {
      feedback_item_text: string | null;
      feedback_entry_id: string | null;
      role_title: string | null;
      company_name: string | null;
    },
  ): ActionItemView {
    const { role_title, company_name, ...rest } = row;
    const application_title = role_title ? (company_name ? `${role_title} at ${company_name}` : role_title) : null;
    return { ...rest, application_title };
  }

  async find(userId: string, id: string): Promise<ActionItemView | undefined> {
    const row = await this.view(userId).where("ai.id", "=", id).executeTakeFirst();
    return row ? ActionItemsRepo.toView(row) : undefined;
  }

  /** Open items first (doing, then to do), by target date (undated last), then done ones, newest first. */
  async list(userId: string, filter: { status?: ActionItemStatus; applicationId?: string }): Promise<ActionItemView[]> {
    let select = this.view(userId);
    if (filter.status) select = select.where("ai.status", "=", filter.status);
    if (filter.applicationId) select = select.where("ai.application_id", "=", filter.applicationId);
    const rows = await select
      .orderBy((eb) =>
        eb.case().when("ai.status", "=", "doing").then(0).when("ai.status", "=", "todo").then(1).else(2).end(),
      )
      .orderBy((eb) => eb.case().when("ai.target_date", "is", null).then(1).else(0).end())
      .orderBy("ai.target_date")
      .orderBy("ai.done_at", "desc")
      .orderBy("ai.created_at", "desc")
      .orderBy("ai.id")
      .limit(500)
      .execute();
    return rows.map(ActionItemsRepo.toView);
  }

  async insert(row: ActionItemRow): Promise<void> {
    await this.db.insertInto("action_items").values(row).execute();
  }

  async findRow(userId: string, id: string): Promise<ActionItemRow | undefined> {
    return this.db
      .selectFrom("action_items")
      .selectAll()
      .where("user_id", "=", userId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async update(userId: string, id: string, changes: Updateable<ActionItemsTable>): Promise<void> {
    await this.db.updateTable("action_items").set(changes).where("user_id", "=", userId).where("id", "=", id).execute();
  }

  async delete(userId: string, id: string): Promise<ActionItemRow | undefined> {
    const row = await this.findRow(userId, id);
    if (row) await this.db.deleteFrom("action_items").where("user_id", "=", userId).where("id", "=", id).execute();
    return row;
  }
}
