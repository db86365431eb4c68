import type { Kysely } from "kysely";
import {
  type MessageKind,
  type MessageTemplate,
  type MessageTemplateList,
  messageKindLabels,
  messageKinds,
  type SaveMessageTemplateRequest,
} from "../../../../contract/messages.ts";
import type { Database } from "../../db/schema.ts";
import { badRequest, notFound } from "../../errors.ts";
import type { Actor } from "../auth/actor.ts";
import { builtInTemplates, messagePlaceholders, placeholderNames } from "./built-in-templates.ts";
import { MessageTemplatesRepo } from "./message-templates.repo.ts";
import { placeholdersIn } from "./placeholder-renderer.ts";

/** The templates each person writes from: the built-in text unless they edited it. */
export class MessageTemplatesService {
  constructor(private readonly db: Kysely<Database>) {}

  async list(actor: Pick<Actor, "userId">): Promise<MessageTemplateList> {
    const edits = new Map((await new MessageTemplatesRepo(this.db).list(actor.userId)).map((row) => [row.kind, row]));
    const templates = messageKinds.map((kind): MessageTemplate => {
      const edit = edits.get(kind);
      return edit
        ? {
            kind,
            label: messageKindLabels[kind],
            subject: edit.subject,
            body: edit.body,
            edited: true,
            updatedAt: edit.updated_at,
          }
        : { kind, label: messageKindLabels[kind], ...builtInTemplates[kind], edited: false, updatedAt: null };
    });
    return { templates, placeholders: [...messagePlaceholders] };
  }

  async get(actor: Pick<Actor, "userId">, kind: MessageKind): Promise<MessageTemplate> {
    const template = (await this.list(actor)).templates.find((candidate) => candidate.kind === kind);
    if (!template) throw notFound("Template");
    return template;
  }

  /** Saves the person's wording. Placeholders that don't exist are refused, naming them. */
  async save(
    actor: Pick<Actor, "userId">,
    kind: MessageKind,
    input: SaveMessageTemplateRequest,
  ): Promise<MessageTemplate> {
    const problems = (["subject", "body"] as const).flatMap((field) => {
      const unknown = placeholdersIn(input[field]).filter((name) => !placeholderNames.has(name));
      return unknown.length === 0
        ? []
        : [
            {
              path: field,
              message: `uses unknown placeholder${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => `{{${name}}}`).join(", ")}`,
            },
          ];
    });
    if (problems.length > 0) throw badRequest("The template uses placeholders that don't exist.", problems);
    await new MessageTemplatesRepo(this.db).save({
      user_id: actor.userId,
      kind,
      subject: input.subject,
      body: input.body,
      updated_at: new Date().toISOString(),
    });
    return this.get(actor, kind);
  }

  /** Back to the built-in text (idempotent). */
  async reset(actor: Pick<Actor, "userId">, kind: MessageKind): Promise<MessageTemplate> {
    await new MessageTemplatesRepo(this.db).delete(actor.userId, kind);
    return this.get(actor, kind);
  }
}
