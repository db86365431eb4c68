import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** What the test server does with a message once its data has arrived. */
export type SmtpAnswer =
  | "accept"
  /** Answer with an SMTP error, e.g. 451 (try later) or 550 (refused). */
  | { reply: number; text?: string }
  /** Close the connection without answering: the client can't know whether it was taken. */
  | "drop"
  /** Never answer: the client's timeout has to end it. */
  | "hang";

/** A message whose data reached the server, parsed back with mailparser. */
export interface ReceivedMail {
  messageId: string;
  subject: string;
  text: string;
  from: string;
  to: string[];
  envelopeTo: string[];
  headers: Map<string, unknown>;
  /** The SMTP session (connection) it came over. */
  sessionId: string;
  answer: SmtpAnswer;
}

export interface SmtpTestServer {
  host: string;
  port: number;
  /** The sign-in that works. */
  username: string;
  password: string;
  /** Every message whose data arrived, whatever the answer. */
  received: ReceivedMail[];
  /** Messages the server answered 250 to, or took without answering (they may count as delivered). */
  delivered(): ReceivedMail[];
  /** How many times each Message-ID was delivered (or may have been): a count above 1 is a duplicate. */
  copiesByMessageId(): Map<string, number>;
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server) on a free loopback port with a username and password,
 * for the outbox's tests, the benchmark and the browser test. `answer` decides what happens to
 * the n-th message (0-based), to inject faults; by default every message is accepted.
 */
export async function startSmtpTestServer(
  options: { username?: string; password?: string; answer?: (mail: ReceivedMail, index: number) => SmtpAnswer } = {},
): Promise<SmtpTestServer> {
  const username = options.username ?? "seeker@mail.test";
  const password = options.password ?? "app password 1234";
  const received: ReceivedMail[] = [];
  const server: SMTPServer = new SMTPServer({
    // Plain SMTP on loopback: the TLS code paths belong to nodemailer, not to these tests.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    closeTimeout: 200,
    // A reverse DNS lookup of 127.0.0.1 per connection cost ~100 ms here.
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      if (auth.username === username && auth.password === password) callback(null, { user: username });
      else callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        void simpleParser(Buffer.concat(chunks)).then((parsed) => {
          const mail: ReceivedMail = {
            messageId: parsed.messageId ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            from: parsed.from?.text ?? "",
            to: [parsed.to ?? []].flat().flatMap((group) => group.value.map((address) => address.address ?? "")),
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            headers: parsed.headers,
            sessionId: session.id,
            answer: "accept",
          };
          mail.answer = options.answer?.(mail, received.length) ?? "accept";
          received.push(mail);
          const answer = mail.answer;
          if (answer === "accept") callback(null, `Queued as ${received.length}`);
          else if (answer === "drop") {
            for (const connection of server.connections) {
              if (connection.id === session.id) connection._socket.destroy();
            }
          } else if (answer !== "hang") {
            callback(Object.assign(new Error(answer.text ?? "Refused"), { responseCode: answer.reply }));
          }
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const delivered = () => received.filter((mail) => typeof mail.answer === "string");
  return {
    host: "127.0.0.1",
    port,
    username,
    password,
    received,
    delivered,
    copiesByMessageId() {
      const copies = new Map<string, number>();
      for (const mail of delivered()) copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
      return copies;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const connection of server.connections) connection._socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on loopback with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import("node:net");
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
