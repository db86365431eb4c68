import type { Kysely, Selectable } from "kysely";
import type { MessageKind } from "../../../../contract/messages.ts";
import type { MessageTemplatesTable } from "../../db/schema/message-templates.ts";
import type { Database } from "../../db/schema.ts";

export type MessageTemplateRow = Selectable<MessageTemplatesTable>;

/** A person's edited templates; every query scoped by owner. */
export class MessageTemplatesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  list(userId: string): Promise<MessageTemplateRow[]> {
    return this.db.selectFrom("message_templates").selectAll().where("user_id", "=", userId).execute();
  }

  find(userId: string, kind: MessageKind): Promise<MessageTemplateRow | undefined> {
    return this.db
      .selectFrom("message_templates")
      .selectAll()
      .where("user_id", "=", userId)
      .where("kind", "=", kind)
      .executeTakeFirst();
  }

  async save(row: MessageTemplateRow): Promise<void> {
    const { subject, body, updated_at } = row;
    await this.db
      .insertInto("message_templates")
      .values(row)
      .onConflict((conflict) => conflict.columns(["user_id", "kind"]).doUpdateSet({ subject, body, updated_at }))
      .execute();
  }

  /** False when there was no edit to remove. */
  async delete(userId: string, kind: MessageKind): Promise<boolean> {
    const result = await this.db
      .deleteFrom("message_templates")
      .where("user_id", "=", userId)
      .where("kind", "=", kind)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
