import type { MessageKind } from "../../../../contract/messages.ts";

/** A person's edit of one built-in message template (unique per user and kind). */
export interface MessageTemplatesTable {
  user_id: string;
  kind: MessageKind;
  subject: string;
  body: string;
  updated_at: string;
}
