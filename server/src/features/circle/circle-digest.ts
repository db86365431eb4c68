import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { OutboxService } from "../outbox/outbox.service.ts";
import type { SmtpAccountService } from "../outbox/smtp-account.service.ts";
import { personName } from "./circle-people.ts";
import { loadSharedItem } from "./shared-item.ts";

/** A burst of replies waits this long, so it becomes one mail rather than many. */
export const digestQuietMs = 30 * 60_000;
const sweepEveryMs = 10 * 60_000;

/** The digest's lines: who replied to what. Names and titles only — reply bodies stay in the app. */
async function digestLines(db: Kysely<Database>, seekerId: string, ids: readonly string[], publicUrl: string) {
  const rows = await db
    .selectFrom("circle_notifications as n")
    .innerJoin("users as u", "u.id", "n.actor_user_id")
    .innerJoin("circle_shares as s", (join) =>
      join.onRef("s.id", "=", "n.share_id").onRef("s.user_id", "=", "n.user_id"),
    )
    .select(["n.share_id", "u.display_name", "s.item_type", "s.item_id"])
    .where("n.id", "in", ids)
    .orderBy("n.created_at")
    .execute();
  const byShare = new Map<string, { names: Set<string>; count: number; row: (typeof rows)[number] }>();
  for (const row of rows) {
    const entry = byShare.get(row.share_id ?? "") ?? { names: new Set<string>(), count: 0, row };
    entry.names.add(personName(row.display_name));
    entry.count += 1;
    byShare.set(row.share_id ?? "", entry);
  }
  const lines: string[] = [];
  for (const [shareId, entry] of byShare) {
    const loaded = await loadSharedItem(db, seekerId, entry.row.item_type, entry.row.item_id);
    if (!loaded) continue;
    const replies = entry.count === 1 ? "1 reply" : `${entry.count} replies`;
    lines.push(
      `- ${[...entry.names].join(", ")} — ${replies} on “${loaded.title}”: ${publicUrl}/circle/shared/${shareId}`,
    );
  }
  return lines;
}

/**
 * For each seeker whose oldest un-emailed reply notification is at least digestQuietMs old:
 * claims every un-emailed one (UPDATE … WHERE emailed_at IS NULL, so two instances never both
 * claim it) and, in the same transaction, queues ONE digest mail to the seeker's own address.
 * Seekers with the digest off or no email account have theirs marked handled, unsent.
 * Returns how many digests were queued.
 */
export async function sendDueCircleDigests(
  db: Kysely<Database>,
  smtp: SmtpAccountService,
  outbox: OutboxService,
  publicUrl: string,
  now = new Date(),
): Promise<number> {
  const due = await db
    .selectFrom("circle_notifications")
    .select((eb) => ["user_id", eb.fn.min("created_at").as("oldest")])
    .where("emailed_at", "is", null)
    .where("kind", "=", "reply")
    .groupBy("user_id")
    .having((eb) => eb.fn.min("created_at"), "<=", new Date(now.getTime() - digestQuietMs).toISOString())
    .execute();
  let queued = 0;
  for (const { user_id: seekerId } of due) {
    const setting = await db
      .selectFrom("circle_settings")
      .select("digest_email")
      .where("user_id", "=", seekerId)
      .executeTakeFirst();
    const account = await smtp.get({ userId: seekerId });
    const wanted = Boolean(account) && (!setting || Number(setting.digest_email) === 1);
    const sent = await db
      .transaction()
      .execute(async (trx) => {
        const pending = await trx
          .selectFrom("circle_notifications")
          .select("id")
          .where("user_id", "=", seekerId)
          .where("emailed_at", "is", null)
          .where("kind", "=", "reply")
          .where("created_at", "<=", now.toISOString())
          .execute();
        const ids = pending.map((row) => row.id);
        if (ids.length === 0) return false;
        const claimed = await trx
          .updateTable("circle_notifications")
          .set({ emailed_at: now.toISOString() })
          .where("id", "in", ids)
          .where("emailed_at", "is", null)
          .executeTakeFirst();
        // Another instance claimed some of them first: it sends the digest; roll ours back.
        if (Number(claimed.numUpdatedRows) !== ids.length) throw new DigestRace();
        if (!wanted || !account) return false;
        const lines = await digestLines(trx, seekerId, ids, publicUrl);
        if (lines.length === 0) return false;
        await outbox.enqueue(
          { userId: seekerId },
          {
            kind: "circle_digest",
            toAddress: account.from_address,
            toName: account.from_name,
            subject: lines.length === 1 ? "A new reply in your circle" : "New replies in your circle",
            bodyText: [
              "People in your support circle replied:",
              "",
              ...lines,
              "",
              "You can turn this email off on the Circle page (My circle → Email digest).",
            ].join("\n"),
          },
          trx,
        );
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof DigestRace) return false;
        throw error;
      });
    if (sent) queued += 1;
  }
  if (queued > 0) outbox.wake();
  return queued;
}

class DigestRace extends Error {}

/** Every ten minutes, queues the due digests. Returns a stopper. */
export function startCircleDigests(
  db: Kysely<Database>,
  smtp: SmtpAccountService,
  outbox: OutboxService,
  publicUrl: string,
  log: (error: unknown) => void,
): () => void {
  const timer = setInterval(() => {
    sendDueCircleDigests(db, smtp, outbox, publicUrl).catch(log);
  }, sweepEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
