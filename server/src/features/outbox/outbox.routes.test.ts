import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../db/ids.ts";
import { signedInClient } from "../../testing/factories.ts";
import { createTestApp, type TestApp, TestClient } from "../../testing/test-app.ts";
import { dialects } from "../../testing/test-database.ts";

const password = "app-password with spaces 42";
const account = {
  host: "smtp.fastmail.test",
  port: 465,
  security: "tls",
  username: "maya@fastmail.test",
  password,
  fromName: "Maya Seeker",
  fromAddress: "Maya@Fastmail.test",
};

describe.each(dialects)("email routes on %s", (dialect) => {
  let testApp: TestApp;
  /** Every response body, checked at the end for the password. */
  const bodies: string[] = [];
  beforeAll(async () => {
    testApp = await createTestApp(dialect);
  });
  afterAll(async () => {
    for (const body of bodies) expect(body).not.toContain(password);
    await testApp.close();
  });

  async function person() {
    const { client, user } = await signedInClient(testApp);
    const call = async (method: "GET" | "PUT" | "POST" | "DELETE", url: string, body?: unknown) => {
      const response = await client.request(method, url, body);
      bodies.push(response.body);
      return response;
    };
    return { client, user, call };
  }

  it("saves the account, stores the password encrypted, and never returns it", async () => {
    const { call, user } = await person();
    expect((await call("GET", "/api/me/smtp")).json()).toEqual({ account: null });

    const saved = await call("PUT", "/api/me/smtp", account);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().account).toMatchObject({
      host: "smtp.fastmail.test",
      port: 465,
      security: "tls",
      username: "maya@fastmail.test",
      hasPassword: true,
      fromName: "Maya Seeker",
      fromAddress: "maya@fastmail.test",
    });
    expect(saved.json().account).not.toHaveProperty("password");

    const stored = await testApp.db.kysely
      .selectFrom("smtp_accounts")
      .selectAll()
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_encrypted).toMatch(/^v1:/);
    expect(JSON.stringify(stored)).not.toContain(password);

    // Without a password the stored one is kept, untouched.
    const renamed = await call("PUT", "/api/me/smtp", { ...account, password: undefined, fromName: "Maya S." });
    expect(renamed.json().account).toMatchObject({ fromName: "Maya S.", hasPassword: true });
    const after = await testApp.db.kysely
      .selectFrom("smtp_accounts")
      .select("password_encrypted")
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(after.password_encrypted).toBe(stored.password_encrypted);
    expect((await testApp.services.smtpAccounts.sendingAccount(user.id))?.password).toBe(password);

    // No username: a relay without sign-in, and no password kept.
    const relay = await call("PUT", "/api/me/smtp", { ...account, username: "", password: undefined });
    expect(relay.json().account).toMatchObject({ username: "", hasPassword: false });

    expect((await call("DELETE", "/api/me/smtp")).statusCode).toBe(204);
    expect((await call("GET", "/api/me/smtp")).json()).toEqual({ account: null });
  });

  it("answers bad settings with 400 naming the field", async () => {
    const { call } = await person();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...account, port: 70000 }, "port"],
      [{ ...account, port: "465" }, "port"],
      [{ ...account, security: "ssl" }, "security"],
      [{ ...account, host: "smtp example com" }, "host"],
      [{ ...account, fromAddress: "not an address" }, "fromAddress"],
      [{ ...account, password: "" }, "password"],
      [{ ...account, smuggled: true }, "body"],
    ];
    for (const [body, field] of cases) {
      const response = await call("PUT", "/api/me/smtp", body);
      expect({ field, status: response.statusCode }).toEqual({ field, status: 400 });
      expect(response.json().error.fields.map((problem: { path: string }) => problem.path)).toContain(field);
    }
    // A username with no stored password needs one.
    const missing = await call("PUT", "/api/me/smtp", { ...account, password: undefined });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].path).toBe("password");
  });

  it("queues a test email to the person's own address, or says (409) that no account is set up", async () => {
    const { call } = await person();
    const refused = await call("POST", "/api/me/smtp/test");
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: "smtp_not_configured", fields: [{ path: "smtpAccount" }] });

    await call("PUT", "/api/me/smtp", account);
    const queued = await call("POST", "/api/me/smtp/test");
    expect(queued.statusCode).toBe(201);
    const message = queued.json();
    expect(message).toMatchObject({
      kind: "test",
      status: "queued",
      toAddress: "maya@fastmail.test",
      toName: "Maya Seeker",
      subject: "Debrief test email",
      attempts: 0,
      lastError: null,
      mayHaveBeenSent: false,
    });
    expect(message.messageId).toBe(`<${message.id}@127.0.0.1>`);
    expect((await call("GET", `/api/outbox/${message.id}`)).json()).toEqual(message);
  });

  it("lists the outbox newest first, page by page, filtered by status and application", async () => {
    const { call, user, client } = await person();
    await call("PUT", "/api/me/smtp", account);
    const application = (await client.post("/api/applications", { roleTitle: "User Researcher" })).json();
    const actor = { userId: user.id };
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) {
      const row = await testApp.services.outbox.enqueue(actor, {
        kind: "follow_up",
        toAddress: `recruiter${n}@company.test`,
        subject: `Following up ${n}`,
        bodyText: "Any news?",
        applicationId: n < 2 ? application.id : null,
      });
      ids.push(row.id);
    }
    await call("POST", `/api/outbox/${ids[0]}/cancel`);

    const first = (await call("GET", "/api/outbox?limit=3")).json();
    expect(first.items.map((item: { id: string }) => item.id)).toEqual([ids[4], ids[3], ids[2]]);
    const second = (await call("GET", `/api/outbox?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([ids[1], ids[0]]);
    expect(second.nextCursor).toBeNull();

    const cancelled = (await call("GET", "/api/outbox?status=cancelled")).json();
    expect(cancelled.items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
    const forApplication = (await call("GET", `/api/outbox?applicationId=${application.id}`)).json();
    expect(forApplication.items.map((item: { id: string }) => item.id)).toEqual([ids[1], ids[0]]);

    const badStatus = await call("GET", "/api/outbox?status=lost");
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().error.fields[0].path).toBe("status");
    const badCursor = await call("GET", "/api/outbox?cursor=nonsense");
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.fields[0].path).toBe("cursor");
  });

  it("retries only failed messages and cancels only queued or failed ones", async () => {
    const { call, user } = await person();
    await call("PUT", "/api/me/smtp", account);
    const message = (await call("POST", "/api/me/smtp/test")).json();

    const early = await call("POST", `/api/outbox/${message.id}/retry`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.fields).toEqual([{ path: "status", message: "is queued" }]);

    await testApp.db.kysely
      .updateTable("outbox_messages")
      .set({ status: "failed", attempts: 3, next_attempt_at: null, last_error: "refused" })
      .where("id", "=", message.id)
      .where("user_id", "=", user.id)
      .execute();
    const retried = await call("POST", `/api/outbox/${message.id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({
      status: "queued",
      attempts: 0,
      lastError: null,
      messageId: message.messageId,
    });

    const cancelled = await call("POST", `/api/outbox/${message.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: "cancelled", nextAttemptAt: null });
    const again = await call("POST", `/api/outbox/${message.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain("cancelled");
  });

  it("answers another person's message with 404, and a malformed id with 400", async () => {
    const owner = await person();
    await owner.call("PUT", "/api/me/smtp", account);
    const message = (await owner.call("POST", "/api/me/smtp/test")).json();
    const other = await person();
    for (const url of [`/api/outbox/${message.id}`, `/api/outbox/${newId()}`]) {
      expect((await other.call("GET", url)).statusCode).toBe(404);
    }
    expect((await other.call("POST", `/api/outbox/${message.id}/retry`)).statusCode).toBe(404);
    expect((await other.call("POST", `/api/outbox/${message.id}/cancel`)).statusCode).toBe(404);
    expect((await other.call("GET", "/api/outbox")).json().items).toEqual([]);
    expect((await other.call("GET", "/api/me/smtp")).json()).toEqual({ account: null });
    const malformed = await other.call("GET", "/api/outbox/42");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].path).toBe("id");
    expect((await owner.call("GET", `/api/outbox/${message.id}`)).json().status).toBe("queued");
  });

  it("refuses anonymous callers with 401", async () => {
    const anonymous = new TestClient(testApp.app);
    for (const [method, url] of [
      ["GET", "/api/me/smtp"],
      ["PUT", "/api/me/smtp"],
      ["POST", "/api/me/smtp/test"],
      ["GET", "/api/outbox"],
      ["GET", `/api/outbox/${newId()}`],
    ] as const) {
      const response = await anonymous.request(method, url, method === "PUT" ? account : undefined);
      expect({ url, status: response.statusCode }).toEqual({ url, status: 401 });
    }
  });

  it("documents every email route in OpenAPI under the email tag", async () => {
    const document = (await testApp.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    for (const [path, method] of [
      ["/api/me/smtp", "get"],
      ["/api/me/smtp", "put"],
      ["/api/me/smtp", "delete"],
      ["/api/me/smtp/test", "post"],
      ["/api/outbox", "get"],
      ["/api/outbox/{id}", "get"],
      ["/api/outbox/{id}/retry", "post"],
      ["/api/outbox/{id}/cancel", "post"],
    ] as const) {
      expect(document.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(["email"]);
    }
    expect(JSON.stringify(document.components ?? {})).not.toContain('"password_encrypted"');
  });
});
