import type { Kysely } from "kysely";
import {
  feedbackEditMinutes,
  type PublicFeedbackAnswer,
  type PublicFeedbackPage,
  type submitPublicFeedback,
} from "../../../../contract/feedback.ts";
import { newId } from "../../db/ids.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, conflict } from "../../errors.ts";
import { hashSecret, newSecret, safeEqual } from "../auth/secrets.ts";
import { bumpPipelineRevision } from "../pipeline/revision.ts";
import { parseList } from "./feedback-entries.service.ts";

type Answer = ReturnType<typeof submitPublicFeedback.parse>;

/**
 * The one answer for every token that cannot be used — expired, already answered (after the
 * edit window), never issued or malformed — so none of them can be told apart.
 */
export const invalidFeedbackLink = () =>
  new AppError(404, "not_found", "This link isn't valid any more. If you meant to leave feedback, ask for a new link.");

const editWindowMs = feedbackEditMinutes * 60_000;

/**
 * The public side of a feedback request: what the page may show (the candidate's name and the
 * role, nothing else), and the one answer, which the same browser may change for an hour.
 * Looks rows up by the token's hash only.
 */
/** What the person is told when an answer arrives through a link (the email notice). */
export interface FeedbackArrived {
  userId: string;
  displayName: string;
  roleTitle: string;
}

export class FeedbackLinkService {
  /**
   * `onArrived` runs after an answer is stored and committed (never for the honeypot); the
   * email notice plugs in here. A failure there is its own business: the answer is kept.
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly onArrived: (arrived: FeedbackArrived) => Promise<void> = async () => {},
  ) {}

  async view(token: string, editKey: string | undefined, now = new Date()): Promise<PublicFeedbackPage> {
    const found = await this.resolve(this.db, token, now);
    const owns = found.entry ? this.ownsEntry(found.entry, editKey, now) : false;
    return {
      candidateName: found.candidateName,
      roleTitle: found.roleTitle,
      alreadyAnswered: found.entry !== null,
      editableUntil: owns && found.entry ? found.entry.editable_until : null,
      answer: owns && found.entry ? presentAnswer(found.entry) : null,
    };
  }

  /**
   * Stores the answer, marks the request answered (via the link) and flags it as new feedback.
   * A filled honeypot gets the same kind of answer, but nothing is stored.
   */
  async submit(token: string, input: Answer, now = new Date()): Promise<{ editKey: string; editableUntil: string }> {
    const editKey = newSecret();
    const editableUntil = new Date(now.getTime() + editWindowMs).toISOString();
    const arrived = await this.db.transaction().execute(async (trx): Promise<FeedbackArrived | null> => {
      const found = await this.resolve(trx, token, now);
      if (isBot(input)) return null;
      if (found.entry) {
        throw conflict(
          "Feedback was already sent with this link. It can be changed from the same browser for an hour.",
        );
      }
      const at = now.toISOString();
      const userId = found.request.user_id;
      await trx
        .insertInto("feedback_entries")
        .values({
          id: newId(),
          user_id: userId,
          application_id: found.request.application_id,
          request_id: found.request.id,
          source: "link",
          ...answerColumns(input),
          body: "",
          received_at: at,
          unread: 1,
          edit_key_hash: hashSecret(editKey),
          editable_until: editableUntil,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .updateTable("feedback_requests")
        .set({ answered_at: at, answered_via: "link", updated_at: at })
        .where("id", "=", found.request.id)
        .where("user_id", "=", userId)
        .where("answered_at", "is", null)
        .execute();
      await bumpPipelineRevision(trx, userId);
      return { userId, displayName: found.candidateName, roleTitle: found.roleTitle };
    });
    if (arrived) await this.onArrived(arrived);
    return { editKey, editableUntil };
  }

  /** Changes the answer from the browser that sent it (its edit key), within the hour. */
  async update(
    token: string,
    input: Answer,
    editKey: string | undefined,
    now = new Date(),
  ): Promise<{ editableUntil: string }> {
    return this.db.transaction().execute(async (trx) => {
      const found = await this.resolve(trx, token, now);
      const entry = found.entry;
      if (!entry || !this.ownsEntry(entry, editKey, now)) {
        throw conflict("This answer can only be changed from the browser that sent it, within an hour of sending.");
      }
      const editableUntil = entry.editable_until ?? now.toISOString();
      if (isBot(input)) return { editableUntil };
      await trx
        .updateTable("feedback_entries")
        .set({ ...answerColumns(input), unread: 1, updated_at: now.toISOString() })
        .where("id", "=", entry.id)
        .where("user_id", "=", found.request.user_id)
        .execute();
      await bumpPipelineRevision(trx, found.request.user_id);
      return { editableUntil };
    });
  }

  private ownsEntry(
    entry: { edit_key_hash: string | null; editable_until: string | null },
    editKey: string | undefined,
    now: Date,
  ) {
    return Boolean(
      editKey &&
        entry.edit_key_hash &&
        entry.editable_until &&
        Date.parse(entry.editable_until) > now.getTime() &&
        safeEqual(hashSecret(editKey), entry.edit_key_hash),
    );
  }

  /** The request behind a token, or the one 404 for every unusable token. */
  private async resolve(db: Kysely<Database>, token: string, now: Date) {
    // Always one hash and one lookup, whatever the token looks like, so timing says nothing.
    const row = await db
      .selectFrom("feedback_requests as r")
      .innerJoin("users as u", "u.id", "r.user_id")
      .innerJoin("applications as a", (join) =>
        join.onRef("a.id", "=", "r.application_id").onRef("a.user_id", "=", "r.user_id"),
      )
      .leftJoin("feedback_entries as e", (join) =>
        join.onRef("e.request_id", "=", "r.id").onRef("e.user_id", "=", "r.user_id"),
      )
      .select([
        "r.id",
        "r.user_id",
        "r.application_id",
        "r.expires_at",
        "r.answered_via",
        "u.display_name",
        "a.role_title",
        "e.id as entry_id",
        "e.edit_key_hash",
        "e.editable_until",
        "e.went_well",
        "e.to_change",
        "e.advice",
        "e.keep",
        "e.change",
        "e.from_name",
        "e.from_role",
        "e.anonymous",
      ])
      .where("r.token_hash", "=", hashSecret(token))
      .executeTakeFirst();
    const nowMs = now.getTime();
    const usable =
      row !== undefined &&
      Date.parse(row.expires_at) > nowMs &&
      // One answer per link: spent once answered through it, even if the person deleted that answer since.
      (row.entry_id === null
        ? row.answered_via !== "link"
        : row.editable_until !== null && Date.parse(row.editable_until) > nowMs);
    if (!usable || !row) throw invalidFeedbackLink();
    return {
      request: { id: row.id, user_id: row.user_id, application_id: row.application_id },
      candidateName: row.display_name,
      roleTitle: row.role_title,
      entry:
        row.entry_id === null
          ? null
          : {
              id: row.entry_id,
              edit_key_hash: row.edit_key_hash,
              editable_until: row.editable_until,
              went_well: row.went_well ?? "",
              to_change: row.to_change ?? "",
              advice: row.advice ?? "",
              keep: row.keep ?? "[]",
              change: row.change ?? "[]",
              from_name: row.from_name ?? "",
              from_role: row.from_role ?? "",
              anonymous: Number(row.anonymous ?? 0),
            },
    };
  }
}

const isBot = (input: Answer) => (input.website ?? "").trim() !== "";

function answerColumns(input: Answer) {
  const clean = (list: string[]) => list.filter((item) => item.trim() !== "");
  return {
    // An anonymous answer keeps no name or role, whatever was typed.
    from_name: input.anonymous ? "" : input.fromName,
    from_role: input.anonymous ? "" : input.fromRole,
    anonymous: input.anonymous ? 1 : 0,
    went_well: input.wentWell,
    to_change: input.toChange,
    advice: input.advice,
    keep: JSON.stringify(clean(input.keep)),
    change: JSON.stringify(clean(input.change)),
  };
}

function presentAnswer(entry: {
  went_well: string;
  to_change: string;
  advice: string;
  keep: string;
  change: string;
  from_name: string;
  from_role: string;
  anonymous: number;
}): PublicFeedbackAnswer {
  return {
    wentWell: entry.went_well,
    toChange: entry.to_change,
    advice: entry.advice,
    keep: parseList(entry.keep),
    change: parseList(entry.change),
    fromName: entry.from_name,
    fromRole: entry.from_role,
    anonymous: Boolean(entry.anonymous),
  };
}
