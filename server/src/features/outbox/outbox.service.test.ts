import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/database.ts";
import type { AppError } from "../../errors.ts";
import { createServices, type Services } from "../../services.ts";
import { buildUser } from "../../testing/factories.ts";
import { buildUserWithSmtp, draft } from "../../testing/outbox-factories.ts";
import { insertApplication, insertInterview } from "../../testing/pipeline-row-factories.ts";
import { startSmtpTestServer } from "../../testing/smtp-test-server.ts";
import { createTestDatabase, dialects } from "../../testing/test-database.ts";
import { claimDueDebriefReminders } from "../debriefs/debrief-reminders.ts";
import { debriefReminderSink } from "./debrief-reminder-mail.ts";

const publicUrl = "https://debrief.example.org";
const anywhere = { host: "smtp.example.test", port: 587 };

describe.each(dialects)("queueing email on %s", (dialect) => {
  let db: Db;
  let services: Services;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    services = createServices(db, { publicUrl });
  });
  afterAll(async () => db.close());

  const messagesOf = (userId: string) =>
    db.kysely.selectFrom("outbox_messages").selectAll().where("user_id", "=", userId).execute();
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: AppError) => error,
    );

  it("queues inside the caller's transaction: rolled back with it, or committed with it", async () => {
    const { actor, user } = await buildUserWithSmtp(services, anywhere);
    await expect(
      db.kysely.transaction().execute(async (trx) => {
        await services.outbox.enqueue(actor, draft({ subject: "Rolled back" }), trx);
        throw new Error("the caller's own write failed");
      }),
    ).rejects.toThrow("the caller's own write failed");
    expect(await messagesOf(user.id)).toEqual([]);

    await db.kysely.transaction().execute(async (trx) => {
      await services.outbox.enqueue(actor, draft({ subject: "Committed" }), trx);
    });
    expect((await messagesOf(user.id)).map((row) => row.subject)).toEqual(["Committed"]);
  });

  it("refuses with 409 naming the field when the person has no SMTP account", async () => {
    const { actor, user } = await buildUser(services);
    const error = await refusal(services.outbox.enqueue(actor, draft()));
    expect(error).toMatchObject({ status: 409, code: "smtp_not_configured", fields: [{ path: "smtpAccount" }] });
    expect(await messagesOf(user.id)).toEqual([]);
  });

  it("checks the message: a bad address or another person's application is a 400 naming the field", async () => {
    const { actor } = await buildUserWithSmtp(services, anywhere);
    const someoneElse = await buildUser(services);
    const theirApplication = await insertApplication(db.kysely, someoneElse.user.id);
    const badAddress = await refusal(services.outbox.enqueue(actor, draft({ toAddress: "nobody" })));
    expect(badAddress).toMatchObject({ status: 400, fields: [{ path: "toAddress" }] });
    const notMine = await refusal(services.outbox.enqueue(actor, draft({ applicationId: theirApplication })));
    expect(notMine).toMatchObject({ status: 400, fields: [{ path: "applicationId" }] });
    const emptySubject = await refusal(services.outbox.enqueue(actor, draft({ subject: " " })));
    expect(emptySubject).toMatchObject({ status: 400, fields: [{ path: "subject" }] });
  });

  it("keeps a message when its application is deleted (the record of what was sent)", async () => {
    const { actor, user } = await buildUserWithSmtp(services, anywhere);
    const applicationId = await insertApplication(db.kysely, user.id);
    const queued = await services.outbox.enqueue(actor, draft({ applicationId }));
    await db.kysely.deleteFrom("applications").where("id", "=", applicationId).execute();
    expect((await services.outbox.get(actor, queued.id)).application_id).toBeNull();
  });

  it("emails a due debrief reminder to the person's own address with a link to the debrief, if they have an account", async () => {
    const smtp = await startSmtpTestServer();
    try {
      const withAccount = await buildUserWithSmtp(services, smtp);
      const without = await buildUser(services);
      const interviews: string[] = [];
      for (const person of [withAccount, without]) {
        await services.debriefs.updateSettings(person.actor, { reminderEmail: true });
        const applicationId = await insertApplication(db.kysely, person.user.id, { roleTitle: "User Researcher" });
        const startsAt = new Date(Date.now() - 5 * 3_600_000).toISOString();
        interviews.push(await insertInterview(db.kysely, person.user.id, applicationId, { startsAt }));
      }
      const sink = debriefReminderSink(services.smtpAccounts, services.outbox, publicUrl);
      for (const reminder of await claimDueDebriefReminders(db.kysely)) await sink(reminder);

      expect(await messagesOf(without.user.id)).toEqual([]);
      const [queued] = await messagesOf(withAccount.user.id);
      expect(queued).toMatchObject({ kind: "debrief_reminder", to_address: withAccount.user.email });

      await services.createOutboxWorker((error) => expect.fail(String(error))).drain();
      expect(smtp.received).toHaveLength(1);
      const mail = smtp.received[0];
      expect(mail?.to).toEqual([withAccount.user.email]);
      expect(mail?.subject).toMatch(/^Debrief your .* interview/);
      expect(mail?.text).toContain(`${publicUrl}/interviews/${interviews[0]}/debrief`);
      expect(mail?.headers.get("auto-submitted")).toBe("auto-generated");
    } finally {
      await smtp.close();
    }
  });
});
