import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpTestServer, startSmtpTestServer } from "../../testing/smtp-test-server.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";
import { digestQuietMs, sendDueCircleDigests } from "./circle-digest.ts";
import { inviteAndJoin, seekerWithDebrief, share } from "./circle-test-fixture.ts";

// The email digest: a burst of replies becomes one mail, through the real outbox and SMTP.
describe.each(dialects)("circle digest on %s", (dialect) => {
  let testApp: TestApp;
  let smtp: SmtpTestServer;

  beforeAll(async () => {
    testApp = await createTestApp(dialect);
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
    await testApp.close();
  });

  const sweep = (at = new Date(Date.now() + digestQuietMs + 1000)) =>
    sendDueCircleDigests(
      testApp.db.kysely,
      testApp.services.smtpAccounts,
      testApp.services.outbox,
      "https://debrief.test",
      at,
    );

  async function seekerWithEmail() {
    const seeker = await seekerWithDebrief(testApp);
    await seeker.client.put("/api/me/smtp", {
      host: smtp.host,
      port: smtp.port,
      security: "none",
      username: smtp.username,
      password: smtp.password,
      fromAddress: seeker.user.email,
    });
    return seeker;
  }

  const reply = (client: TestClient, shareId: string, body: string) =>
    client.post(`/api/circle/shared/${shareId}/replies`, { body });

  it("three replies make one mail, after the quiet time, with names and titles but no reply text", async () => {
    const seeker = await seekerWithEmail();
    const member = await inviteAndJoin(testApp, seeker.client, { displayName: "Sam Mentor" });
    const other = await inviteAndJoin(testApp, seeker.client, { displayName: "Ana Friend" });
    const shareId = await share(seeker.client, { itemType: "debrief", itemId: seeker.debriefId });
    await reply(member.client, shareId, "Private words one");
    await reply(other.client, shareId, "Private words two");
    await reply(member.client, shareId, "Private words three");
    await reply(seeker.client, shareId, "My own reply notifies nobody");

    expect(await sweep(new Date())).toBe(0); // too fresh: more replies may follow
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0); // claimed once
    await testApp.services.createOutboxWorker(() => {}).drain();
    const mails = smtp.received.filter((mail) => mail.to.includes(seeker.user.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("A new reply in your circle");
    expect(mails[0]?.text).toContain(
      "Sam Mentor, Ana Friend — 3 replies on “Debrief: Hiring manager — Product designer at Fernleaf”",
    );
    expect(mails[0]?.text).toContain(`https://debrief.test/circle/shared/${shareId}`);
    expect(mails[0]?.text).not.toContain("Private words");
    // The in-app notifications stay unread: the mail is a summary, not a read receipt.
    expect((await seeker.client.get("/api/notifications")).json().unreadCount).toBeGreaterThanOrEqual(3);
  });

  it("sends nothing when the seeker turned the digest off, and does not send the backlog later", async () => {
    const seeker = await seekerWithEmail();
    const member = await inviteAndJoin(testApp, seeker.client);
    await seeker.client.put("/api/circle/settings", { digestEmail: false });
    const shareId = await share(seeker.client, { itemType: "debrief", itemId: seeker.debriefId });
    await reply(member.client, shareId, "Hello");
    const toSeeker = () => smtp.received.filter((mail) => mail.to.includes(seeker.user.email)).length;
    expect(await sweep()).toBe(0);
    await seeker.client.put("/api/circle/settings", { digestEmail: true });
    expect(await sweep()).toBe(0);
    await testApp.services.createOutboxWorker(() => {}).drain();
    expect(toSeeker()).toBe(0);
  });

  it("two sweeps at once queue one digest", async () => {
    const seeker = await seekerWithEmail();
    const member = await inviteAndJoin(testApp, seeker.client);
    const shareId = await share(seeker.client, { itemType: "debrief", itemId: seeker.debriefId });
    await reply(member.client, shareId, "One");
    await reply(member.client, shareId, "Two");
    const results = await Promise.all([sweep(), sweep()]);
    expect(results.reduce((sum, count) => sum + count, 0)).toBe(1);
  });
});
