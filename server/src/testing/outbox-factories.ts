import type { OutboxDraft } from "../../../contract/outbox.ts";
import type { Actor } from "../features/auth/actor.ts";
import type { Services } from "../services.ts";
import { buildUser } from "./factories.ts";
import type { SmtpTestServer } from "./smtp-test-server.ts";

/** A new user whose SMTP account points at the given test server (or any host and port). */
export async function buildUserWithSmtp(
  services: Services,
  target: Pick<SmtpTestServer, "host" | "port"> & { username?: string; password?: string },
) {
  const built = await buildUser(services);
  await services.smtpAccounts.save(built.actor, {
    host: target.host,
    port: target.port,
    security: "none",
    username: target.username ?? "seeker@mail.test",
    password: target.password ?? "app password 1234",
    fromName: "Maya Seeker",
    fromAddress: built.user.email,
  });
  return built;
}

let sequence = 0;

/** A message to queue; override any field. */
export function draft(overrides: Partial<OutboxDraft> = {}): OutboxDraft {
  sequence += 1;
  return {
    kind: "thank_you",
    toAddress: `interviewer${sequence}@company.test`,
    toName: `Interviewer ${sequence}`,
    subject: `Thank you for today (${sequence})`,
    bodyText: `Thank you for the conversation about the role.\nMessage ${sequence}.`,
    ...overrides,
  };
}

/** Queues `count` messages as the actor. */
export async function queueMessages(
  services: Services,
  actor: Actor,
  count: number,
  overrides: Partial<OutboxDraft> = {},
) {
  const rows = [];
  for (let n = 0; n < count; n++) rows.push(await services.outbox.enqueue(actor, draft(overrides)));
  return rows;
}
