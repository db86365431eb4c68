import { type Kysely, sql } from "kysely";
import type { DialectName } from "../../db/database.ts";
import type { Database } from "../../db/schema.ts";
import type { OutboxRow } from "./outbox.repo.ts";
import { bumpRevisionsForMessages } from "./outbox-revision.ts";

/** A claimed message; (id, lease_until) identifies this one claim of it. */
export type ClaimedMessage = OutboxRow & { lease_until: string };

/**
 * The worker's queries. They span every account on purpose — the worker sends everyone's
 * mail — and are the one place outside the CLI where outbox SQL is not scoped by user.
 *
 * Every update after the claim matches on the claim's lease_until as well as the id, so a
 * worker that comes back late (after its lease was declared lost and the person retried)
 * cannot overwrite what happened since.
 */
export class OutboxClaimRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /**
   * Claims up to `limit` due queued messages: marks them 'sending' with a lease and counts the
   * attempt. On PostgreSQL the rows are locked with SKIP LOCKED, so workers on several
   * instances take disjoint batches instead of waiting on (or double-sending) each other's;
   * SQLite has one writer at a time, so the same statements are already exclusive there.
   */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<ClaimedMessage[]> {
    const nowText = now.toISOString();
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    return this.db.transaction().execute(async (trx) => {
      let due = trx
        .selectFrom("outbox_messages")
        .select("id")
        .where("status", "=", "queued")
        .where("next_attempt_at", "<=", nowText)
        .orderBy("next_attempt_at")
        .orderBy("id")
        .limit(limit);
      if (this.dialect === "postgres") due = due.forUpdate().skipLocked();
      const ids = (await due.execute()).map((row) => row.id);
      if (ids.length === 0) return [];
      const claimed = await trx
        .updateTable("outbox_messages")
        .set({
          status: "sending",
          lease_until: leaseUntil,
          next_attempt_at: null,
          attempts: sql`attempts + 1`,
          updated_at: nowText,
        })
        .where("id", "in", ids)
        .where("status", "=", "queued")
        .returningAll()
        .execute();
      return claimed as ClaimedMessage[];
    });
  }

  /**
   * Extends the claim right before its message is sent, so a message that waited its turn
   * behind others in the batch still has a whole lease for its own attempt. Answers the
   * renewed claim, or null when the claim was lost meanwhile (then it must not be sent).
   */
  async renewLease(claim: ClaimedMessage, now: Date, leaseMs: number): Promise<ClaimedMessage | null> {
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    const result = await this.db
      .updateTable("outbox_messages")
      .set({ lease_until: leaseUntil })
      .where("id", "=", claim.id)
      .where("lease_until", "=", claim.lease_until)
      .where("status", "=", "sending")
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? { ...claim, lease_until: leaseUntil } : null;
  }

  /** Hands back a claimed message that was never tried (the worker is stopping): queued, due now, attempt uncounted. */
  async release(claim: ClaimedMessage, now: Date): Promise<void> {
    await this.db
      .updateTable("outbox_messages")
      .set({
        status: "queued",
        attempts: sql`attempts - 1`,
        next_attempt_at: now.toISOString(),
        lease_until: null,
        updated_at: now.toISOString(),
      })
      .where("id", "=", claim.id)
      .where("lease_until", "=", claim.lease_until)
      .where("status", "=", "sending")
      .execute();
  }

  /**
   * The server took the message. Recorded even if the lease had been declared lost meanwhile
   * (the person then saw "may have been sent"; now we know), unless it was queued again.
   */
  async markSent(claim: ClaimedMessage, now: Date): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable("outbox_messages")
        .set({
          status: "sent",
          sent_at: now.toISOString(),
          lease_until: null,
          last_error: null,
          updated_at: now.toISOString(),
        })
        .where("id", "=", claim.id)
        .where("lease_until", "=", claim.lease_until)
        .where("status", "in", ["sending", "failed"])
        .returning(["user_id", "application_id"])
        .execute();
      await bumpRevisionsForMessages(trx, changed);
    });
  }

  /** Not sent, safe to try again later. */
  async requeue(claim: ClaimedMessage, nextAttemptAt: Date, reason: string, now: Date): Promise<void> {
    await this.db
      .updateTable("outbox_messages")
      .set({
        status: "queued",
        next_attempt_at: nextAttemptAt.toISOString(),
        lease_until: null,
        last_error: reason,
        updated_at: now.toISOString(),
      })
      .where("id", "=", claim.id)
      .where("lease_until", "=", claim.lease_until)
      .where("status", "=", "sending")
      .execute();
  }

  /** Failed for good, or maybe sent: either way only the person may send it again. */
  async markFailed(claim: ClaimedMessage, reason: string, now: Date): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable("outbox_messages")
        .set({ status: "failed", last_error: reason, updated_at: now.toISOString() })
        .where("id", "=", claim.id)
        .where("lease_until", "=", claim.lease_until)
        .where("status", "=", "sending")
        .returning(["user_id", "application_id"])
        .execute();
      await bumpRevisionsForMessages(trx, changed);
    });
  }

  /**
   * Messages still 'sending' after their lease: the worker holding them died (or lost the
   * database) mid-send, so whether the mail server took them is unknown. They become
   * 'failed' with `reason`, never queued again automatically. lease_until is kept, so a
   * worker that was merely slow can still record 'sent'.
   */
  async failExpiredLeases(now: Date, reason: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable("outbox_messages")
        .set({ status: "failed", last_error: reason, updated_at: now.toISOString() })
        .where("status", "=", "sending")
        .where("lease_until", "<", now.toISOString())
        .returning(["user_id", "application_id"])
        .execute();
      await bumpRevisionsForMessages(trx, changed);
      return changed.length;
    });
  }
}
